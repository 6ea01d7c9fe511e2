package org.payoutdesk.testing;

import java.nio.file.Path;
import org.payoutdesk.chain.KeystoreSigner;
import org.payoutdesk.chain.Web3EthNode;
import org.payoutdesk.payout.PayoutSettings;
import org.payoutdesk.sandbox.LocalAnvil;
import org.payoutdesk.sandbox.LocalRedis;

/** Makes {@link EngineRig}s on one Redis and one node, with the signer a test asks for. */
public record EngineRigs(LocalRedis redis, String rpcUrl) {
    /** After FLUSHALL, so that every test starts from an empty ledger. */
    public static EngineRigs emptied(LocalRedis redis, String rpcUrl) {
        GoPoolFixture.flushAll(redis);
        return new EngineRigs(redis, rpcUrl);
    }

    /** The pool's own way: the node signs for {@code poolAddress}. */
    public EngineRig nodeAccount(String poolAddress) {
        return new EngineRig(redis, rpcUrl, poolAddress, false);
    }

    /** A local keystore with the given fee mode. */
    public EngineRig keystore(Path keystore, PayoutSettings.FeeMode mode) {
        Web3EthNode node = EngineRig.connect(rpcUrl);
        String address = TestKeystores.address(keystore);
        KeystoreSigner signer = KeystoreSigner.open(node, keystore, TestKeystores.PASSWORD.toCharArray(), address);
        return new EngineRig(redis, rpcUrl, node, signer, EngineRig.settings(address, mode, false));
    }

    /** Anvil's dev account 0 either way: signed for by the node, or by a keystore of its key in {@code dir} (EIP-1559). */
    public EngineRig of(EngineRig.SignerChoice choice, Path dir) {
        return choice == EngineRig.SignerChoice.NODE ? nodeAccount(LocalAnvil.ACCOUNT_0)
                : keystore(TestKeystores.of(LocalAnvil.ACCOUNT_0_KEY, dir), PayoutSettings.FeeMode.EIP1559);
    }
}
