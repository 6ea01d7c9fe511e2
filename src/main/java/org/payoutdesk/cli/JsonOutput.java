package org.payoutdesk.cli;

import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

/**
 * One JSON document on stdout per run:
 * {@code {"command":"pay","ok":true,"result":{...}}} or {@code {"command":"pay","ok":false,"error":"..."}}.
 */
final class JsonOutput extends Output {
    private static final ObjectWriter WRITER = JsonMapper.builder().build().writerWithDefaultPrettyPrinter();
    private boolean written;

    JsonOutput(PrintStream out, PrintStream err) {
        super(out, err);
    }

    @Override
    public boolean isJson() {
        return true;
    }

    @Override
    public void result(CliCommand command, CommandResult result) {
        Map<String, Object> doc = envelope(command, result.ok());
        doc.put("result", result.json());
        write(doc);
    }

    @Override
    public void failure(CliCommand command, String message) {
        super.failure(command, message);
        Map<String, Object> doc = envelope(command, false);
        doc.put("error", message);
        write(doc);
    }

    private static Map<String, Object> envelope(CliCommand command, boolean ok) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("command", command.commandName());
        doc.put("ok", ok);
        return doc;
    }

    private void write(Map<String, Object> doc) {
        if (written) {
            throw new IllegalStateException("a second JSON document for one run");
        }
        written = true;
        out.println(WRITER.writeValueAsString(doc));
        out.flush();
    }
}
