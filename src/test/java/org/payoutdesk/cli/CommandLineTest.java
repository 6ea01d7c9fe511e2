package org.payoutdesk.cli;

import org.payoutdesk.wiring.SandboxRequest;

import org.payoutdesk.wiring.GuiRequest;

import org.payoutdesk.wiring.CommandFailure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.payoutdesk.config.DeskConfig;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The real entry point, {@link CommandLine#run}, with captured stdout/stderr and a recording engine. */
class CommandLineTest {
    static final String LOGIN = "0xf39fd6e51aad88f6f4ce6ab8827279cfffb92266";
    static final String TX = "0x" + "ab".repeat(32);
    static final String POOL_ADDRESS = "0x70997970c51812dc3a010c7d01b50e0d17dc79c8";

    @TempDir
    Path dir;
    String config;
    RecordingCommands engine;
    List<DeskConfig> opened;
    List<GuiRequest> guiRequests;
    List<SandboxRequest> sandboxRequests;
    CommandWiring wiring;

    record Run(int exit, String out, String err) {
    }

    @BeforeEach
    void setUp() throws IOException {
        config = writeConfig("pool.json", POOL_ADDRESS, false);
        engine = new RecordingCommands();
        opened = new ArrayList<>();
        guiRequests = new ArrayList<>();
        sandboxRequests = new ArrayList<>();
        wiring = new CommandWiring(c -> {
            opened.add(c);
            return engine.commands;
        }, r -> {
            guiRequests.add(r);
            return 0;
        }, r -> {
            sandboxRequests.add(r);
            return 0;
        });
    }

    String writeConfig(String name, String address, boolean readOnly) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, """
                {"coin":"eth","redis":{"endpoint":"127.0.0.1:6379"},
                 "payouts":{"address":"%s","daemon":"http://127.0.0.1:8545"},
                 "desk":{"readOnly":%s}}""".formatted(address, readOnly));
        return file.toString();
    }

    Run run(String... args) {
        return run(wiring, args);
    }

    static Run run(CommandWiring wiring, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = new CommandLine(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), wiring).run(args);
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    // --- valid forms of every command ---

    @Test
    void noArgumentsOpensTheWindowWithoutConfig() {
        Run r = run();
        assertEquals(0, r.exit());
        assertEquals(List.of(new GuiRequest(Optional.empty(), false)), guiRequests);
    }

    @Test
    void anOptionFirstMeansGuiWithThatConfig() {
        Run r = run("--config", config, "--read-only");
        assertEquals(0, r.exit(), r.err());
        assertEquals(1, guiRequests.size());
        assertEquals("eth", guiRequests.getFirst().config().orElseThrow().coin());
        assertTrue(guiRequests.getFirst().readOnly());
        assertTrue(opened.isEmpty());
    }

    @Test
    void guiIsReadOnlyWhenTheConfigSaysSo() throws IOException {
        String ro = writeConfig("ro.json", POOL_ADDRESS, true);
        assertEquals(0, run("gui", "--config=" + ro).exit());
        assertTrue(guiRequests.getFirst().readOnly());
    }

    @Test
    void guiReturnsTheLaunchersStatus() {
        Run r = run(wiring.withGui(req -> 7), "gui");
        assertEquals(7, r.exit());
    }

    @Test
    void sandboxStartsTheSandbox() {
        assertEquals(0, run("sandbox").exit());
        assertEquals(0, run("sandbox", "--read-only").exit());
        assertEquals(List.of(new SandboxRequest(false), new SandboxRequest(true)), sandboxRequests);
    }

    @Test
    void statusRunsOnTheLoadedConfigAndPrintsText() {
        Run r = run("status", "--config", config);
        assertEquals(0, r.exit(), r.err());
        assertEquals(List.of("status"), engine.calls);
        assertEquals("done\n", r.out());
        assertEquals("working on status\n", r.err());
        assertEquals(POOL_ADDRESS, opened.getFirst().payouts().address());
        assertTrue(engine.closed);
    }

    @Test
    void jsonPrintsExactlyOneDocumentAndProgressGoesToStderr() {
        Run r = run("plan", "--json", "--config", config);
        assertEquals(0, r.exit(), r.err());
        JsonNode doc = JsonMapper.builder().build().readTree(r.out());
        assertEquals("plan", doc.get("command").stringValue());
        assertTrue(doc.get("ok").booleanValue());
        assertEquals(42, doc.get("result").get("answer").intValue());
        assertEquals(3, doc.size());
        assertEquals("working on PlanRequest[max=OptionalInt.empty]\n", r.err());
    }

    @Test
    void auditTextAndJson() {
        assertEquals(0, run("audit", "--config", config).exit());
        assertEquals(0, run("audit", "--config", config, "--json").exit());
        assertEquals(List.of("audit", "audit"), engine.calls);
    }

    @Test
    void payPassesMaxAndWaitEach() {
        assertEquals(0, run("pay", "--config", config, "--yes", "--max", "5", "--wait-each", "--json").exit());
        assertEquals(0, run("pay", "--yes", "--config=" + config, "--max=12").exit());
        assertEquals(0, run("pay", "--config", config, "--yes").exit());
        assertEquals(0, run("pay", "--config", config, "--max", "2").exit());
        assertEquals(List.of(new PayRequest(true, OptionalInt.of(5), true), new PayRequest(true, OptionalInt.of(12), false),
                new PayRequest(true, OptionalInt.empty(), false), new PayRequest(false, OptionalInt.of(2), false)),
                engine.calls);
    }

    @Test
    void planPassesMax() {
        assertEquals(0, run("plan", "--config", config, "--max", "3").exit());
        assertEquals(0, run("plan", "--config", config).exit());
        assertEquals(List.of(new PlanRequest(OptionalInt.of(3)), new PlanRequest(OptionalInt.empty())), engine.calls);
    }

    @Test
    void resolveActsOnlyWithYes() {
        assertEquals(0, run("resolve", "--config", config).exit());
        assertEquals(0, run("resolve", "--config", config, "--yes", "--json").exit());
        assertEquals(List.of(new ResolveRequest(false), new ResolveRequest(true)), engine.calls);
    }

    @Test
    void approveAndRollbackNameOnePendingPayment() {
        String mixed = "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266"; // EIP-55, as a wallet shows it
        String upperTx = "0x" + "AB".repeat(32);
        assertEquals(0, run("approve", mixed + ":1500000000", "--tx", upperTx, "--config", config).exit());
        assertEquals(0, run("rollback", "--config", config, LOGIN + ":42").exit());
        assertEquals(0, run("rollback", LOGIN + ":9223372036854775807", "--force", "--config", config).exit());
        assertEquals(List.of(
                new ApproveRequest(new PaymentRef(LOGIN, 1_500_000_000L), TX),
                new RollbackRequest(new PaymentRef(LOGIN, 42), false),
                new RollbackRequest(new PaymentRef(LOGIN, Long.MAX_VALUE), true)), engine.calls);
    }

    // --- help and version ---

    @ParameterizedTest
    @ValueSource(strings = {"help", "--help", "-h"})
    void helpPrintsTheGeneralUsage(String flag) {
        Run r = run(flag);
        assertEquals(0, r.exit());
        assertEquals(Usage.general() + "\n", r.out());
        for (CliCommand c : CliCommand.values()) {
            assertTrue(r.out().contains(c.synopsis()), c.synopsis());
        }
        assertEquals("", r.err());
    }

    @Test
    void helpForOneCommand() {
        Run a = run("help", "pay");
        Run b = run("pay", "--help");
        assertEquals(0, a.exit());
        assertEquals(0, b.exit());
        assertEquals(Usage.of(CliCommand.PAY) + "\n", a.out());
        assertEquals(a.out(), b.out());
        assertTrue(a.out().startsWith("Usage: payout-desk pay --config FILE [--yes] [--max N] [--wait-each] [--json]"),
                a.out());
        assertTrue(engine.calls.isEmpty());
    }

    @Test
    void versionMatchesThePom() throws IOException {
        Run r = run("--version");
        assertEquals(0, r.exit());
        assertEquals("payout-desk " + Version.VERSION + "\n", r.out());
        String pom = Files.readString(Path.of("pom.xml"));
        assertTrue(pom.contains("<version>" + Version.VERSION + "</version>"), "pom.xml version changed: update Version");
    }

    // --- bad usage: exit 2, usage on stderr, nothing run ---

    void assertUsage(Run r, String message) {
        assertEquals(2, r.exit(), r.err());
        assertEquals("", r.out());
        assertTrue(r.err().startsWith("payout-desk: " + message + "\n\nUsage:"), r.err());
        assertTrue(opened.isEmpty(), "the engine was opened");
        assertTrue(guiRequests.isEmpty() && sandboxRequests.isEmpty(), "something was launched");
    }

    @Test
    void unknownCommand() {
        Run r = run("frobnicate", "--config", config);
        assertUsage(r, "unknown command \"frobnicate\"");
        assertTrue(r.err().contains(Usage.general()));
        assertUsage(run("help", "frobnicate"), "unknown command \"frobnicate\"");
        assertUsage(run("Status", "--config", config), "unknown command \"Status\"");
    }

    @Test
    void unknownOption() {
        Run r = run("status", "--config", config, "--verbose");
        assertUsage(r, "unknown option --verbose");
        assertTrue(r.err().contains(Usage.of(CliCommand.STATUS)));
        assertUsage(run("-v"), "unknown option -v");
    }

    @Test
    void eachCommandTakesOnlyItsOwnOptions() {
        assertUsage(run("status", "--config", config, "--yes"), "status does not take --yes");
        assertUsage(run("plan", "--config", config, "--yes"), "plan does not take --yes");
        assertUsage(run("pay", "--config", config, "--yes", "--force"), "pay does not take --force");
        assertUsage(run("resolve", "--config", config, "--tx", TX), "resolve does not take --tx");
        assertUsage(run("approve", LOGIN + ":1", "--tx", TX, "--config", config, "--force"), "approve does not take --force");
        assertUsage(run("rollback", LOGIN + ":1", "--config", config, "--yes"), "rollback does not take --yes");
        assertUsage(run("audit", "--config", config, "--read-only"), "audit does not take --read-only");
        assertUsage(run("gui", "--json"), "gui does not take --json");
        assertUsage(run("--json"), "gui does not take --json");
        assertUsage(run("sandbox", "--config", config), "sandbox does not take --config");
        assertUsage(run("status", "--config", config, "extra"), "unexpected argument \"extra\"");
    }

    @ParameterizedTest
    @ValueSource(strings = {"status", "plan", "resolve", "audit"})
    void headlessCommandsNeedConfig(String command) {
        assertUsage(run(command), command + " needs --config FILE (the pool's config.json)");
        assertUsage(run(command, "--config"), "--config needs a value: --config FILE");
        assertUsage(run(command, "--config="), "--config needs a value: --config FILE");
    }

    @Test
    void payNeedsConfig() {
        assertUsage(run("pay", "--yes"), "pay needs --config FILE (the pool's config.json)");
        assertUsage(run("approve", LOGIN + ":1", "--tx", TX), "approve needs --config FILE (the pool's config.json)");
        assertUsage(run("rollback", LOGIN + ":1"), "rollback needs --config FILE (the pool's config.json)");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-1", "abc", "1.5", "+3", "9999999999"})
    void maxMustBeAPositiveWholeNumber(String max) {
        assertUsage(run("pay", "--config", config, "--yes", "--max", max),
                "--max: expected a positive whole number of payees, got \"" + max + "\"");
    }

    @Test
    void maxWithoutValue() {
        assertUsage(run("pay", "--config", config, "--yes", "--max"), "--max needs a value: --max N");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0x123:5", LOGIN + ":0", LOGIN + ":-5", LOGIN + ":1.5", LOGIN, LOGIN + ":", ":5",
            LOGIN + ":0100", LOGIN + ":5:6", "f39fd6e51aad88f6f4ce6ab8827279cfffb92266:5", LOGIN + "0:5", LOGIN + ": 5"})
    void badLoginAmount(String payment) {
        assertUsage(run("rollback", payment, "--config", config),
                "expected LOGIN:AMOUNT (0x and 40 hex digits, a colon, a positive number of Shannon), got \"" + payment + "\"");
    }

    @Test
    void amountBeyondInt64() {
        assertUsage(run("rollback", LOGIN + ":9223372036854775808", "--config", config),
                "LOGIN:AMOUNT: 9223372036854775808 Shannon is more than a 64-bit amount");
    }

    @Test
    void aMixedCaseLoginMustCarryItsEip55Checksum() {
        String typo = "0xF39Fd6e51aad88F6F4ce6aB8827279cffFb92266";
        assertUsage(run("rollback", typo + ":5", "--config", config), "LOGIN:AMOUNT: '" + typo
                + "' is in mixed case but its EIP-55 checksum is wrong (a typo?); check the address, or write it all in lower case");
        // Checksummed as a wallet shows it: the member is the pool's lower-case one.
        assertEquals(0, run("rollback", "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266:5", "--config", config).exit());
        assertEquals(List.of(new RollbackRequest(new PaymentRef(LOGIN, 5), false)), engine.calls);
    }

    @Test
    void loginAmountMissingOrTwice() {
        assertUsage(run("rollback", "--config", config),
                "rollback needs LOGIN:AMOUNT, the pending payment (like 0x...:1500000000)");
        assertUsage(run("approve", "--tx", TX, "--config", config),
                "approve needs LOGIN:AMOUNT, the pending payment (like 0x...:1500000000)");
        assertUsage(run("rollback", LOGIN + ":1", LOGIN + ":2", "--config", config),
                "unexpected argument \"" + LOGIN + ":2\"");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0x1234", "abababababababababababababababababababababababababababababababab",
            "0xababababababababababababababababababababababababababababababzz",
            "0xabababababababababababababababababababababababababababababababab00"})
    void badTxHash(String tx) {
        assertUsage(run("approve", LOGIN + ":1", "--tx", tx, "--config", config),
                "--tx: expected 0x and 64 hex digits, got \"" + tx + "\"");
    }

    @Test
    void approveNeedsTx() {
        assertUsage(run("approve", LOGIN + ":1", "--config", config), "approve needs --tx HASH (the transaction that paid it)");
    }

    @Test
    void optionsGivenTwiceOrFlagsWithValues() {
        assertUsage(run("status", "--config", config, "--config", config), "--config is given twice");
        assertUsage(run("status", "--config", config, "--json=yes"), "--json takes no value");
        assertUsage(run("--version", "status"), "--version takes nothing else");
    }

    // --- bad config: exit 2, the one line on stderr, nothing opened ---

    @Test
    void missingConfigFile() {
        Path missing = dir.resolve("missing.json");
        Run r = run("status", "--config", missing.toString());
        assertEquals(2, r.exit());
        assertEquals(missing + ": no such config file\n", r.err());
        assertEquals("", r.out());
        assertTrue(opened.isEmpty());
    }

    @Test
    void badFieldInConfig() throws IOException {
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\"coin\":\"eth\",\"redis\":{\"endpoint\":\"localhost\"}}");
        for (String[] args : List.of(new String[] {"pay", "--config", bad.toString(), "--yes", "--json"},
                new String[] {"--config", bad.toString()})) {
            Run r = run(args);
            assertEquals(2, r.exit());
            assertEquals("redis.endpoint: expected host:port, got \"localhost\"\n", r.err());
            assertEquals("", r.out());
        }
        assertTrue(opened.isEmpty());
        assertTrue(guiRequests.isEmpty());
    }

    @Test
    void readOnlyConfigRefusesWritingCommands() throws IOException {
        String ro = writeConfig("ro.json", POOL_ADDRESS, true);
        for (String[] args : List.of(new String[] {"pay", "--config", ro, "--yes"},
                new String[] {"resolve", "--config", ro, "--yes"},
                new String[] {"approve", LOGIN + ":1", "--tx", TX, "--config", ro},
                new String[] {"rollback", LOGIN + ":1", "--config", ro})) {
            Run r = run(args);
            assertEquals(2, r.exit(), String.join(" ", args));
            assertEquals("desk.readOnly: the config is read-only; " + args[0]
                    + " would write to the ledger (nothing written)\n", r.err());
        }
        assertTrue(opened.isEmpty());
        assertEquals(0, run("resolve", "--config", ro).exit());
        assertEquals(0, run("status", "--config", ro).exit());
        assertEquals(2, opened.size());
    }

    @Test
    void placeholderAddressRefusesPayingButStatusOnlyWarns() throws IOException {
        String unset = writeConfig("unset.json", "0x0", false);
        Run pay = run("pay", "--config", unset, "--yes");
        assertEquals(2, pay.exit());
        assertEquals("payouts.address: \"0x0\" is not the pool's wallet; set it to the address payouts are sent from\n",
                pay.err());
        assertEquals(2, run("rollback", LOGIN + ":1", "--config", unset).exit());
        assertTrue(opened.isEmpty());
        Run status = run("status", "--config", unset);
        assertEquals(0, status.exit());
        assertTrue(status.err().startsWith("warning: payouts.address is \"0x0\""), status.err());
    }

    // --- failures: exit 1 ---

    @Test
    void aResultThatIsNotOkExitsOne() {
        engine.answer = CommandResult.of(false, "halted: node refused the transaction", java.util.Map.of("halted", true));
        Run r = run("pay", "--config", config, "--yes", "--json");
        assertEquals(1, r.exit());
        JsonNode doc = JsonMapper.builder().build().readTree(r.out());
        assertFalse(doc.get("ok").booleanValue());
        assertTrue(doc.get("result").get("halted").booleanValue());
    }

    @Test
    void aCommandFailureIsOneLineAndExitsOne() {
        engine.failure = new CommandFailure("Redis at 127.0.0.1:6379 does not answer");
        Run text = run("status", "--config", config);
        assertEquals(1, text.exit());
        assertTrue(text.err().endsWith("status: Redis at 127.0.0.1:6379 does not answer\n"), text.err());
        Run json = run("status", "--config", config, "--json");
        assertEquals(1, json.exit());
        JsonNode doc = JsonMapper.builder().build().readTree(json.out());
        assertEquals("status", doc.get("command").stringValue());
        assertFalse(doc.get("ok").booleanValue());
        assertEquals("Redis at 127.0.0.1:6379 does not answer", doc.get("error").stringValue());
        assertTrue(engine.closed);
    }

    @Test
    void anEngineThatCannotOpenExitsOne() {
        Run r = run(wiring.withHeadless(c -> {
            throw new CommandFailure("node at http://127.0.0.1:8545 refused the connection");
        }), "plan", "--config", config);
        assertEquals(1, r.exit());
        assertEquals("plan: node at http://127.0.0.1:8545 refused the connection\n", r.err());
    }

    @Test
    void unexpectedExceptionsExitOneWithTheirTrace() {
        engine.failure = new IllegalStateException("boom");
        Run r = run("audit", "--config", config);
        assertEquals(1, r.exit());
        assertTrue(r.err().contains("java.lang.IllegalStateException: boom"), r.err());
        assertTrue(r.err().contains("audit: unexpected error: java.lang.IllegalStateException: boom"), r.err());
    }

    // --- not wired yet: honest "not available yet", exit 1 ---

    @ParameterizedTest
    @ValueSource(strings = {"status", "plan", "audit", "resolve"})
    void unwiredCommandsAreNotAvailableYet(String command) {
        Run r = run(CommandWiring.notWired(), command, "--config", config);
        assertEquals(1, r.exit());
        assertEquals("", r.out());
        assertEquals(command + ": not available yet\n", r.err());
    }

    @Test
    void unwiredWritingCommandsAndWindowsAreNotAvailableYet() {
        assertEquals(new Run(1, "", "pay: not available yet\n"),
                run(CommandWiring.notWired(), "pay", "--config", config, "--yes"));
        assertEquals(new Run(1, "", "approve: not available yet\n"),
                run(CommandWiring.notWired(), "approve", LOGIN + ":1", "--tx", TX, "--config", config));
        assertEquals(new Run(1, "", "rollback: not available yet\n"),
                run(CommandWiring.notWired(), "rollback", LOGIN + ":1", "--config", config));
        assertEquals(new Run(1, "", "gui: not available yet\n"), run(CommandWiring.notWired()));
        assertEquals(new Run(1, "", "sandbox: not available yet\n"), run(CommandWiring.notWired(), "sandbox"));
        Run json = run(CommandWiring.notWired(), "status", "--config", config, "--json");
        assertEquals(1, json.exit());
        assertEquals("{\"command\":\"status\",\"ok\":false,\"error\":\"not available yet\"}",
                JsonMapper.builder().build().readTree(json.out()).toString());
    }
}
