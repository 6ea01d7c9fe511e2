package org.payoutdesk.app.pending;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.payoutdesk.testing.Fx.fx;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import javafx.fxml.FXMLLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.payoutdesk.payout.Verdict;
import org.testfx.framework.junit5.ApplicationExtension;

/** The verdict badge as a tag in FXML: the verdict attribute gives its text and colour class. */
@ExtendWith(ApplicationExtension.class)
class VerdictBadgeFxmlTest {
    @Test
    void aBadgeDeclaredInFxmlShowsItsVerdict() throws Exception {
        String fxml = "<?import org.payoutdesk.app.pending.VerdictBadge?>"
                + "<VerdictBadge xmlns:fx=\"http://javafx.com/fxml\" verdict=\"NOT_SENT\"/>";
        VerdictBadge badge = fx(() -> new FXMLLoader().load(new ByteArrayInputStream(fxml.getBytes(StandardCharsets.UTF_8))));
        assertEquals(Verdict.NOT_SENT, badge.getVerdict());
        assertEquals("not sent", badge.getText());
        assertTrue(badge.getStyleClass().containsAll(java.util.List.of("verdict-badge", "verdict-not-sent")));
        fx(() -> { badge.setVerdict(Verdict.PAID); return null; });
        assertFalse(badge.getStyleClass().contains("verdict-not-sent"), "the old colour goes");
        assertTrue(badge.getStyleClass().contains("verdict-paid"));
    }
}
