package org.payoutdesk.app.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class ExplorerLinkTest {
    static final String TX = "0x" + "ab".repeat(32);

    @Test
    void fillsThePlaceholderOrAppends() {
        assertEquals(Optional.of("https://e.test/tx/" + TX + "?x=1"), new ExplorerLink("https://e.test/tx/{tx}?x=1").url(TX));
        assertEquals(Optional.of("https://e.test/tx/" + TX), new ExplorerLink("https://e.test/tx/").url(TX));
    }

    @Test
    void noLinkWithoutTemplateOrForAMalformedHash() {
        assertEquals(Optional.empty(), new ExplorerLink(null).url(TX));
        assertFalse(new ExplorerLink(" ").configured());
        assertEquals(Optional.empty(), new ExplorerLink("https://e.test/tx/{tx}").url("0x12/../../evil"));
    }
}
