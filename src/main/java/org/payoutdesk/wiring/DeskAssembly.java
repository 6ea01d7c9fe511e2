package org.payoutdesk.wiring;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.payoutdesk.chain.KeystoreSigner;
import org.payoutdesk.chain.NodeAccountSigner;
import org.payoutdesk.chain.Signer;
import org.payoutdesk.chain.SignerConfigException;
import org.payoutdesk.chain.Web3EthNode;
import org.payoutdesk.config.ConfigException;
import org.payoutdesk.config.DeskConfig;
import org.payoutdesk.config.DeskSettings;
import org.payoutdesk.config.FeeMode;
import org.payoutdesk.config.PayoutsConfig;
import org.payoutdesk.ledger.LedgerException;
import org.payoutdesk.ledger.RedisEndpoint;
import org.payoutdesk.ledger.RedisTlsException;
import org.payoutdesk.ledger.RedisPoolLedger;
import org.payoutdesk.payout.PaymentDesk;
import org.payoutdesk.payout.FeeRules;
import org.payoutdesk.payout.PayoutSettings;

/**
 * Builds a {@link PaymentDesk} from the pool's config: the Redis ledger, the node, the signer and
 * the engine settings. The one place that names the ledger and chain implementations; the front
 * ends get a plain {@link AssembledDesk}.
 */
public final class DeskAssembly {
    private DeskAssembly() {
    }

    /**
     * Opens everything and checks that Redis answers. A config that cannot work (keystore without a
     * readable password file, wrong keystore password, autoGas off without a gas price) is a
     * {@link ConfigException}; an unreachable Redis a {@link DeskUnavailableException}. The node is
     * not required to answer here: status and plan report a node that is down.
     */
    public static AssembledDesk open(DeskConfig config) throws ConfigException {
        return open(config, false);
    }

    /**
     * As {@link #open(DeskConfig)} for the window: a keystore without a password file is allowed and
     * opens locked ({@link UnlockableKeystoreSigner}); the operator unlocks it with the password dialog.
     * The command line keeps refusing that config, since it cannot ask.
     */
    public static AssembledDesk openForWindow(DeskConfig config) throws ConfigException {
        return open(config, true);
    }

    private static AssembledDesk open(DeskConfig config, boolean askPassword) throws ConfigException {
        PayoutSettings settings = settings(config);
        PayoutsConfig payouts = config.payouts();
        Web3EthNode node;
        try {
            node = Web3EthNode.connect(payouts.daemon(), payouts.timeout());
        } catch (IllegalArgumentException e) {
            throw new ConfigException("payouts.daemon: " + e.getMessage());
        }
        RedisPoolLedger ledger = null;
        try {
            Signer signer = signer(config, node, askPassword);
            ledger = new RedisPoolLedger(endpoint(config, payouts.timeout()), config.coin());
            ledger.pingMicros();
            return new AssembledDesk(new PaymentDesk(ledger, node, signer, settings, Duration.ofSeconds(1), rules(config)),
                    ledger.endpointDisplay(),
                    node.endpoint(), payouts.hasAddress());
        } catch (RedisTlsException e) {
            closeQuietly(ledger);
            node.close();
            throw new ConfigException(e.getMessage(), e);
        } catch (LedgerException e) {
            closeQuietly(ledger);
            node.close();
            throw new DeskUnavailableException(redisProblem(config, firstLine(e.getMessage())), e);
        } catch (ConfigException | RuntimeException e) {
            closeQuietly(ledger);
            node.close();
            throw e;
        }
    }

    /** The engine's view of the config: the pool's payouts section plus the desk additions. */
    public static PayoutSettings settings(DeskConfig config) throws ConfigException {
        PayoutsConfig p = config.payouts();
        DeskSettings d = config.desk();
        if (!p.autoGas() && p.gasPrice().isEmpty()) {
            throw new ConfigException("payouts.gasPrice: missing while payouts.autoGas is false;"
                    + " set the gas price in wei (like \"50000000000\") or \"autoGas\": true");
        }
        String address = p.hasAddress() ? p.address() : UnsetAddressSigner.ZERO_ADDRESS;
        PayoutSettings.FeeMode fees = d.fees() == FeeMode.EIP1559 ? PayoutSettings.FeeMode.EIP1559
                : PayoutSettings.FeeMode.LEGACY;
        return new PayoutSettings(address, p.threshold(), p.requirePeers(), p.autoGas(), p.gas(),
                p.gasPrice().orElse(null), fees, d.maxFeePerGas().orElse(null),
                d.maxPriorityFeePerGas().orElse(null), p.bgsave(), d.receiptTimeout(), d.scanDepth(),
                d.readOnly(), d.operator());
    }

    /** desk.gasCeiling, desk.feeBump and the friends fork's payouts.keepNwFees for the engine. */
    public static FeeRules rules(DeskConfig config) {
        return new FeeRules(config.stuck().gasCeiling().orElse(null), config.stuck().feeBumpPercent(),
                config.networkFees().keepNwFees(), config.networkFees().chargeWei());
    }

    static RedisEndpoint endpoint(DeskConfig config, Duration timeout) {
        return new RedisEndpoint(config.redis().host(), config.redis().port(), config.redis().database(),
                config.redis().password(), timeout, config.redis().deployment());
    }

    /** The keystore when desk.keystore is set (its password from desk.passwordFile), else the node's account. */
    private static Signer signer(DeskConfig config, Web3EthNode node, boolean askPassword) throws ConfigException {
        PayoutsConfig p = config.payouts();
        if (!p.hasAddress()) {
            return new UnsetAddressSigner();
        }
        if (config.desk().keystore().isEmpty()) {
            return new NodeAccountSigner(node, p.address(), p.autoGas());
        }
        Path keystore = config.desk().keystore().get();
        if (askPassword && config.desk().passwordFile().isEmpty()) {
            if (!Files.isRegularFile(keystore) || !Files.isReadable(keystore)) {
                throw new ConfigException("desk.keystore: " + keystore + " is missing or not readable");
            }
            return new UnlockableKeystoreSigner(node, keystore, p.address());
        }
        Path passwordFile = config.desk().passwordFile().orElseThrow(() -> new ConfigException(
                "desk.passwordFile: needed with desk.keystore (the command line does not ask for the password)"));
        if (!Files.isRegularFile(passwordFile) || !Files.isReadable(passwordFile)) {
            throw new ConfigException("desk.passwordFile: " + passwordFile + " is missing or not readable");
        }
        if (!Files.isRegularFile(keystore) || !Files.isReadable(keystore)) {
            throw new ConfigException("desk.keystore: " + keystore + " is missing or not readable");
        }
        try {
            return KeystoreSigner.open(node, keystore, passwordFile, p.address());
        } catch (SignerConfigException e) {
            throw new ConfigException("desk.keystore: " + firstLine(e.getMessage()));
        }
    }

    /** "Redis at host:port is unreachable (PING): Connection refused", naming the endpoint once. */
    private static String redisProblem(DeskConfig config, String message) {
        String unreachable = "cannot reach Redis at ";
        if (message.startsWith(unreachable) && message.indexOf(" (") > 0) {
            return "Redis at " + config.redis().endpoint() + " is unreachable" + message.substring(message.indexOf(" ("));
        }
        return message.startsWith("Redis at ") ? message : "Redis at " + config.redis().endpoint() + ": " + message;
    }

    private static void closeQuietly(RedisPoolLedger ledger) {
        if (ledger == null) return;
        try {
            ledger.close();
        } catch (RuntimeException ignored) {
            // Closing a pool that never connected; the real error is already on its way.
        }
    }

    private static String firstLine(String s) {
        if (s == null) return "";
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
