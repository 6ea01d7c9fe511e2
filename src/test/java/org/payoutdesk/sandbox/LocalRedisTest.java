package org.payoutdesk.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import org.junit.jupiter.api.Test;

class LocalRedisTest {
    @Test
    void startsARealServerAndRemovesItOnClose() throws Exception {
        LocalRedis redis = LocalRedis.start();
        try (Socket s = new Socket(redis.host(), redis.port())) {
            OutputStream out = s.getOutputStream();
            out.write("SET k 42\r\nGET k\r\n".getBytes());
            BufferedReader in = new BufferedReader(new InputStreamReader(s.getInputStream()));
            assertEquals("+OK", in.readLine());
            assertEquals("$2", in.readLine());
            assertEquals("42", in.readLine());
        }
        assertTrue(redis.isAlive());
        redis.close();
        assertFalse(redis.isAlive());
    }
}
