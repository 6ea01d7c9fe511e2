package org.payoutdesk.config;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the pool's config.json as the Go pool does (other sections ignored, keys matched exactly
 * or else case-insensitively like Go's encoding/json, null = absent), plus our strict "desk" object,
 * and turns every problem into one {@link ConfigException} line naming the JSON path.
 */
final class ConfigReader {
    private static final Pattern COIN = Pattern.compile("[a-z0-9]+");
    private static final Pattern WEI = Pattern.compile("[0-9]+|0[xX][0-9a-fA-F]+");
    private static final String DURATION_HINT = " is not a Go duration (like 10s, 2m, 1h30m)";
    private static final List<String> DESK_KEYS = List.of("keystore", "passwordFile", "fees", "maxFeePerGas",
            "maxPriorityFeePerGas", "confirmations", "scanDepth", "explorer", "readOnly", "receiptTimeout", "operator",
            "gasCeiling", "feeBump", "redisTls", "redisUser");

    private final JsonMapper mapper = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    static boolean isCoin(String coin) {
        return COIN.matcher(coin).matches();
    }

    DeskConfig read(Path file) throws ConfigException {
        String text;
        try {
            text = Files.readString(file);
        } catch (NoSuchFileException e) {
            throw new ConfigException(file + ": no such config file", e);
        } catch (AccessDeniedException e) {
            throw new ConfigException(file + ": permission denied", e);
        } catch (IOException e) {
            throw new ConfigException(file + ": cannot read the config file (" + oneLine(e.getMessage()) + ")", e);
        }
        Path base = file.toAbsolutePath().getParent();
        return parse(text, base, file.toString());
    }

    DeskConfig parse(String text, Path baseDir) throws ConfigException {
        return parse(text, baseDir, "config");
    }

    private DeskConfig parse(String text, Path baseDir, String source) throws ConfigException {
        JsonNode root;
        try {
            root = mapper.readTree(text);
        } catch (JacksonException e) {
            throw new ConfigException(source + ": invalid JSON" + where(e.getLocation()) + ": "
                    + oneLine(e.getOriginalMessage()), e);
        }
        if (root == null || root.isMissingNode()) {
            throw new ConfigException(source + ": empty file, expected the pool's JSON config");
        }
        if (!root.isObject()) {
            throw new ConfigException(source + ": expected a JSON object at the top level, got " + show(root));
        }
        String coin = coin(root);
        RedisConfig redis = new RedisSectionReader(baseDir).read(section(root, "redis", true), deskObject(root));
        PayoutsConfig payouts = payouts(section(root, "payouts", false));
        DeskSettings desk = desk(root, baseDir);
        return new DeskConfig(coin, redis, payouts, desk, stuck(root), networkFees(section(root, "payouts", false)));
    }

    private String coin(JsonNode root) throws ConfigException {
        JsonNode node = poolField(root, "coin");
        if (node == null) {
            throw new ConfigException("coin: required (the Redis key prefix, like \"eth\")");
        }
        String coin = string(node, "coin");
        if (!isCoin(coin)) {
            throw new ConfigException("coin: expected lower-case letters and digits (the Redis key prefix, like \"eth\"), got "
                    + show(node));
        }
        return coin;
    }

    private PayoutsConfig payouts(JsonNode payouts) throws ConfigException {
        PayoutsConfig d = PayoutsConfig.defaults();
        if (payouts == null) {
            return d;
        }
        boolean enabled = bool(poolField(payouts, "enabled"), "payouts.enabled", d.enabled());
        int requirePeers = nonNegativeInt(payouts, "payouts", "requirePeers", d.requirePeers());
        Duration interval = positiveDuration(poolField(payouts, "interval"), "payouts.interval", d.interval());
        String daemon = url(poolField(payouts, "daemon"), "payouts.daemon", d.daemon());
        Duration timeout = positiveDuration(poolField(payouts, "timeout"), "payouts.timeout", d.timeout());
        String address = address(poolField(payouts, "address"));
        BigInteger gas = wei(poolField(payouts, "gas"), "payouts.gas", "\"21000\"").orElse(d.gas());
        Optional<BigInteger> gasPrice = wei(poolField(payouts, "gasPrice"), "payouts.gasPrice", "\"50000000000\"");
        boolean autoGas = bool(poolField(payouts, "autoGas"), "payouts.autoGas", d.autoGas());
        long threshold = threshold(poolField(payouts, "threshold"), d.threshold());
        boolean bgsave = bool(poolField(payouts, "bgsave"), "payouts.bgsave", d.bgsave());
        return new PayoutsConfig(enabled, requirePeers, interval, daemon, timeout, address, gas, gasPrice, autoGas,
                threshold, bgsave);
    }

    private StuckSettings stuck(JsonNode root) throws ConfigException {
        JsonNode desk = root.get("desk");
        if (desk == null || !desk.isObject()) return StuckSettings.defaults();
        Optional<BigInteger> ceiling = wei(field(desk, "gasCeiling"), "desk.gasCeiling", "\"40000000000\"");
        JsonNode bump = field(desk, "feeBump");
        BigDecimal percent = StuckSettings.DEFAULT_FEE_BUMP;
        if (bump != null) {
            if (!bump.isNumber() || bump.decimalValue().compareTo(BigDecimal.TEN) < 0
                    || bump.decimalValue().compareTo(BigDecimal.valueOf(1000)) > 0) {
                throw new ConfigException("desk.feeBump: expected a percentage from 10 (the nodes' replacement minimum) to 1000, like 12.5, got "
                        + show(bump));
            }
            percent = bump.decimalValue();
        }
        return new StuckSettings(ceiling, percent);
    }

    /** The friends fork's fee pass-through: strings read like Go's big.Int SetString(s, 0) for decimal and 0x. */
    private NetworkFees networkFees(JsonNode payouts) throws ConfigException {
        if (payouts == null) return NetworkFees.off();
        boolean keep = bool(poolField(payouts, "keepNwFees"), "payouts.keepNwFees", false);
        Optional<BigInteger> gas = wei(poolField(payouts, "nwTxGas"), "payouts.nwTxGas", "\"21000\"");
        Optional<BigInteger> price = wei(poolField(payouts, "nwTxGasPrice"), "payouts.nwTxGasPrice", "\"50000000000\"");
        for (String name : List.of("nwTxGas", "nwTxGasPrice")) {
            JsonNode n = poolField(payouts, name);
            if (n != null && n.isString() && n.stringValue().matches("0[0-9]+")) {
                // Go's big.Int SetString(s, 0), which the fork uses, reads a leading 0 as octal
                throw new ConfigException("payouts." + name + ": " + show(n) + " has a leading 0, which the pool reads as octal; write it without");
            }
        }
        if (!keep) return NetworkFees.off();
        if (gas.isEmpty() || price.isEmpty()) {
            throw new ConfigException("payouts.keepNwFees: needs payouts.nwTxGas and payouts.nwTxGasPrice (the fee kept is their product, in wei)");
        }
        if (gas.get().multiply(price.get()).bitLength() > 63) {
            throw new ConfigException("payouts.nwTxGasPrice: nwTxGas * nwTxGasPrice does not fit the fork's int64 txcharges");
        }
        return new NetworkFees(true, gas.get(), price.get());
    }

    /** The desk object, or null when absent (its shape is checked by desk()). */
    private static JsonNode deskObject(JsonNode root) {
        JsonNode desk = root.get("desk");
        return desk != null && desk.isObject() ? desk : null;
    }

    private DeskSettings desk(JsonNode root, Path baseDir) throws ConfigException {
        DeskSettings d = DeskSettings.defaults();
        JsonNode desk = root.get("desk"); // ours: exact spelling only
        if (desk == null || desk.isNull()) {
            return d;
        }
        if (!desk.isObject()) {
            throw new ConfigException("desk: expected an object, got " + show(desk));
        }
        for (String key : desk.propertyNames()) {
            if (!DESK_KEYS.contains(key)) {
                throw new ConfigException("desk." + key + ": unknown key (expected one of " + String.join(", ", DESK_KEYS) + ")");
            }
        }
        Optional<Path> keystore = path(field(desk, "keystore"), "desk.keystore", baseDir);
        Optional<Path> passwordFile = path(field(desk, "passwordFile"), "desk.passwordFile", baseDir);
        if (passwordFile.isPresent() && keystore.isEmpty()) {
            throw new ConfigException("desk.passwordFile: set only with desk.keystore (it unlocks that keystore)");
        }
        FeeMode fees = fees(field(desk, "fees"), d.fees());
        Optional<BigInteger> maxFee = wei(field(desk, "maxFeePerGas"), "desk.maxFeePerGas", "\"30000000000\"");
        Optional<BigInteger> maxTip = wei(field(desk, "maxPriorityFeePerGas"), "desk.maxPriorityFeePerGas", "\"2000000000\"");
        if (maxFee.isPresent() && maxTip.isPresent() && maxTip.get().compareTo(maxFee.get()) > 0) {
            throw new ConfigException("desk.maxPriorityFeePerGas: " + maxTip.get()
                    + " is more than desk.maxFeePerGas " + maxFee.get());
        }
        int confirmations = positiveInt(field(desk, "confirmations"), "desk.confirmations", d.confirmations());
        int scanDepth = positiveInt(field(desk, "scanDepth"), "desk.scanDepth", d.scanDepth());
        Optional<String> explorer = explorer(field(desk, "explorer"));
        boolean readOnly = bool(field(desk, "readOnly"), "desk.readOnly", d.readOnly());
        Duration receiptTimeout = positiveDuration(field(desk, "receiptTimeout"), "desk.receiptTimeout", d.receiptTimeout());
        String operator = operator(field(desk, "operator"), d.operator());
        return new DeskSettings(keystore, passwordFile, fees, maxFee, maxTip, confirmations, scanDepth, explorer,
                readOnly, receiptTimeout, operator);
    }

    // --- lookups ---

    /** A pool section: an object, or null when absent and optional. */
    private JsonNode section(JsonNode root, String name, boolean required) throws ConfigException {
        JsonNode node = poolField(root, name);
        if (node == null) {
            if (required) {
                throw new ConfigException(name + ": required (the pool's " + name + " section)");
            }
            return null;
        }
        if (!node.isObject()) {
            throw new ConfigException(name + ": expected an object, got " + show(node));
        }
        return node;
    }

    /** Go's encoding/json: the exact key, else a case-insensitive match; null counts as absent. */
    static JsonNode poolField(JsonNode object, String name) {
        JsonNode exact = object.get(name);
        if (exact != null) {
            return exact.isNull() ? null : exact;
        }
        for (Map.Entry<String, JsonNode> e : object.properties()) {
            if (e.getKey().equalsIgnoreCase(name)) {
                return e.getValue().isNull() ? null : e.getValue();
            }
        }
        return null;
    }

    static JsonNode field(JsonNode object, String name) {
        JsonNode node = object.get(name);
        return node == null || node.isNull() ? null : node;
    }

    // --- value checks ---

    static String string(JsonNode node, String path) throws ConfigException {
        if (!node.isString()) {
            throw new ConfigException(path + ": expected a string, got " + show(node));
        }
        return node.stringValue();
    }

    static boolean bool(JsonNode node, String path, boolean absent) throws ConfigException {
        if (node == null) {
            return absent;
        }
        if (!node.isBoolean()) {
            throw new ConfigException(path + ": expected true or false, got " + show(node));
        }
        return node.booleanValue();
    }

    static int nonNegativeInt(JsonNode object, String section, String name, int absent) throws ConfigException {
        return intAtLeast(0, poolField(object, name), section + "." + name, absent);
    }

    private static int positiveInt(JsonNode node, String path, int absent) throws ConfigException {
        return intAtLeast(1, node, path, absent);
    }

    private static int intAtLeast(int min, JsonNode node, String path, int absent) throws ConfigException {
        if (node == null) {
            return absent;
        }
        if (!node.isIntegralNumber() || !node.canConvertToInt()) {
            throw new ConfigException(path + ": expected an integer, got " + show(node));
        }
        if (node.intValue() < min) {
            throw new ConfigException(path + ": expected " + min + " or more, got " + show(node));
        }
        return node.intValue();
    }

    private static long threshold(JsonNode node, long absent) throws ConfigException {
        if (node == null) {
            return absent;
        }
        if (!node.isIntegralNumber() || !node.canConvertToLong()) {
            throw new ConfigException("payouts.threshold: expected an integer number of Shannon (like 500000000 for 0.5 ETH), got "
                    + show(node));
        }
        if (node.longValue() < 0) {
            throw new ConfigException("payouts.threshold: expected 0 or more Shannon, got " + show(node));
        }
        return node.longValue();
    }

    private static Duration positiveDuration(JsonNode node, String path, Duration absent) throws ConfigException {
        if (node == null) {
            return absent;
        }
        String text = string(node, path);
        Duration d;
        try {
            d = GoDuration.parse(text);
        } catch (IllegalArgumentException e) {
            throw new ConfigException(path + ": " + show(node) + DURATION_HINT, e);
        }
        if (d.isNegative() || d.isZero()) {
            throw new ConfigException(path + ": expected a positive duration, got " + show(node));
        }
        return d;
    }

    private static String url(JsonNode node, String path, String absent) throws ConfigException {
        if (node == null) {
            return absent;
        }
        String text = string(node, path);
        if (!text.matches("(?i)https?://[^\\s/?#]+(?:[/?#]\\S*)?")) {
            throw new ConfigException(path + ": expected an http:// or https:// URL of the node, got " + show(node));
        }
        return text;
    }

    private static String address(JsonNode node) throws ConfigException {
        if (node == null) {
            return PayoutsConfig.UNSET_ADDRESS;
        }
        String text = string(node, "payouts.address");
        if (text.isEmpty() || text.equals(PayoutsConfig.UNSET_ADDRESS)) {
            return PayoutsConfig.UNSET_ADDRESS; // the pool's placeholder: readable, refused at pay time
        }
        if (!Addresses.isAddress(text)) {
            throw new ConfigException("payouts.address: expected 0x and 40 hex digits, got " + show(node));
        }
        if (!Addresses.checksumOk(text)) throw new ConfigException(Addresses.checksumProblem("payouts.address", text));
        return text.toLowerCase(Locale.ROOT);
    }

    /** A wei (or gas) amount as the pool writes it: a decimal string; "0x" hex is read too, as Go does. */
    private static Optional<BigInteger> wei(JsonNode node, String path, String example) throws ConfigException {
        if (node == null) {
            return Optional.empty();
        }
        if (!node.isString()) {
            throw new ConfigException(path + ": expected a decimal string like " + example + ", got " + show(node));
        }
        String text = node.stringValue();
        if (text.isEmpty()) {
            return Optional.empty();
        }
        if (!WEI.matcher(text).matches()) {
            throw new ConfigException(path + ": expected a decimal string like " + example + ", got " + show(node));
        }
        return Optional.of(text.length() > 2 && (text.startsWith("0x") || text.startsWith("0X"))
                ? new BigInteger(text.substring(2), 16)
                : new BigInteger(text));
    }

    static Optional<Path> path(JsonNode node, String path, Path baseDir) throws ConfigException {
        if (node == null) {
            return Optional.empty();
        }
        String text = string(node, path);
        if (text.isBlank()) {
            throw new ConfigException(path + ": expected a file path, got " + show(node));
        }
        try {
            Path p = Path.of(text);
            return Optional.of(p.isAbsolute() || baseDir == null ? p : baseDir.resolve(p).normalize());
        } catch (java.nio.file.InvalidPathException e) {
            throw new ConfigException(path + ": expected a file path, got " + show(node), e);
        }
    }

    private static FeeMode fees(JsonNode node, FeeMode absent) throws ConfigException {
        if (node == null) {
            return absent;
        }
        String text = node.isString() ? node.stringValue() : null;
        for (FeeMode mode : FeeMode.values()) {
            if (mode.configName().equals(text)) {
                return mode;
            }
        }
        throw new ConfigException("desk.fees: expected \"legacy\" or \"eip1559\", got " + show(node));
    }

    private static Optional<String> explorer(JsonNode node) throws ConfigException {
        if (node == null) {
            return Optional.empty();
        }
        String text = string(node, "desk.explorer");
        if (!text.contains(DeskSettings.HASH_PLACEHOLDER) || !text.matches("(?i)https?://\\S+")) {
            throw new ConfigException("desk.explorer: expected an http(s) URL containing {hash}, like "
                    + "\"https://etherscan.io/tx/{hash}\", got " + show(node));
        }
        return Optional.of(text);
    }

    private static String operator(JsonNode node, String absent) throws ConfigException {
        if (node == null) {
            return absent;
        }
        String text = string(node, "desk.operator");
        if (text.isBlank() || text.chars().anyMatch(Character::isISOControl)) {
            throw new ConfigException("desk.operator: expected a name on one line, got " + show(node));
        }
        return text.strip();
    }

    // --- messages ---

    /** The value as JSON text, shortened: messages stay one readable line. */
    static String show(JsonNode node) {
        String json = node.toString();
        return json.length() > 60 ? json.substring(0, 57) + "..." : json;
    }

    private static String where(TokenStreamLocation location) {
        if (location == null || location.getLineNr() < 1) {
            return "";
        }
        return " at line " + location.getLineNr() + ", column " + location.getColumnNr();
    }

    private static String oneLine(String message) {
        if (message == null) {
            return "unknown error";
        }
        int nl = message.indexOf('\n');
        return (nl >= 0 ? message.substring(0, nl) : message).strip();
    }
}
