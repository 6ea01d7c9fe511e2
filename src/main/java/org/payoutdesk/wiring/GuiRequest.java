package org.payoutdesk.wiring;

import java.util.Optional;
import org.payoutdesk.config.DeskConfig;

/** gui: the config when --config was given (already checked), and whether to open read-only. */
public record GuiRequest(Optional<DeskConfig> config, boolean readOnly) {
}
