package org.payoutdesk.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class AddressesTest {
    // EIP-55's own examples, and anvil's dev account 0 as wallets print it.
    private static final String[] CHECKSUMMED = {
        "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed", "0xfB6916095ca1df60bB79Ce92cE3Ea74c37c5d359",
        "0xdbF03B407c01E7cD3CBea99509d93f8DDDC8C6FB", "0xD1220A0cf47c7B9Be7A2E6BA89F429762e7b9aDb",
        "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266",
    };

    @Test
    void eip55ExamplesPassAndTheirChecksumIsComputedExactly() {
        for (String a : CHECKSUMMED) {
            assertTrue(Addresses.checksumOk(a), a);
            assertEquals(a.substring(2), Addresses.checksummed(a.substring(2).toLowerCase(java.util.Locale.ROOT)));
        }
    }

    @Test
    void oneLetterOfTheWrongCaseIsRefusedWhileAllLowerAndAllUpperPass() {
        assertFalse(Addresses.checksumOk("0xF39Fd6e51aad88F6F4ce6aB8827279cffFb92266"));
        assertFalse(Addresses.checksumOk("0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAeD"));
        assertTrue(Addresses.checksumOk("0xf39fd6e51aad88f6f4ce6ab8827279cfffb92266"));
        assertTrue(Addresses.checksumOk("0xF39FD6E51AAD88F6F4CE6AB8827279CFFFB92266"));
        assertFalse(Addresses.checksumOk("0x12"));
    }

    @Test
    void aCorrectlyChecksummedPoolAddressIsReadInLowerCase() throws Exception {
        DeskConfig c = DeskConfig.parse("{\"coin\":\"eth\",\"redis\":{\"endpoint\":\"h:1\"},\"payouts\":{\"address\":\""
                + CHECKSUMMED[4] + "\"}}", null);
        assertEquals("0xf39fd6e51aad88f6f4ce6ab8827279cfffb92266", c.payouts().address());
    }
}
