package org.payoutdesk;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ConfiguratorRank;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.OutputStreamAppender;
import ch.qos.logback.core.rolling.RollingFileAppender;
import ch.qos.logback.core.rolling.TimeBasedRollingPolicy;
import ch.qos.logback.core.spi.ContextAwareBase;
import ch.qos.logback.core.util.FileSize;
import org.slf4j.Logger;

/**
 * The log, configured in code (found by logback through META-INF/services): without logback's XML
 * reader (Joran and a SAX parser, hundreds of classes) the first window comes up sooner.
 *
 * <p>With {@link Main#LOG_DIR} set (the application's Main does) it is the operator's log: one file a
 * day in that folder, appended, 30 days and at most 500 MB kept, in prudent mode (a file lock per
 * write, so the window and a cron job running at once both keep their lines; prudent mode rolls by
 * time only and the active file is the day's). Otherwise (tests, benchmarks, anything that embeds the
 * engine) one line per event on stderr at {@code -Dpayoutdesk.logLevel} (default INFO). An explicit
 * {@code -Dlogback.configurationFile} is left to logback.
 */
@ConfiguratorRank(ConfiguratorRank.CUSTOM_HIGH_PRIORITY)
public final class LogSetup extends ContextAwareBase implements Configurator {
    private static final String PATTERN = "%d{yyyy-MM-dd'T'HH:mm:ss.SSSZ} %-5level %logger - %msg%n";

    @Override
    public ExecutionStatus configure(LoggerContext context) {
        if (System.getProperty("logback.configurationFile") != null) return ExecutionStatus.INVOKE_NEXT_IF_ANY;
        String dir = System.getProperty(Main.LOG_DIR);
        ch.qos.logback.classic.Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        OutputStreamAppender<ILoggingEvent> appender;
        if (dir != null) {
            appender = dailyFile(context, dir);
            root.setLevel(Level.INFO);
        } else {
            ConsoleAppender<ILoggingEvent> console = new ConsoleAppender<>();
            console.setTarget("System.err");
            console.setEncoder(encoder(context, PATTERN));
            appender = console;
            root.setLevel(Level.toLevel(System.getProperty("payoutdesk.logLevel", "INFO"), Level.INFO));
        }
        appender.setContext(context);
        appender.setName(dir != null ? "FILE" : "STDERR");
        appender.start();
        root.addAppender(appender);
        // The libraries' own chatter (connection pools, HTTP) only when something is wrong.
        for (String quiet : new String[] {"redis.clients", "org.web3j", "okhttp3"}) context.getLogger(quiet).setLevel(Level.WARN);
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }

    private static RollingFileAppender<ILoggingEvent> dailyFile(LoggerContext context, String dir) {
        RollingFileAppender<ILoggingEvent> file = new RollingFileAppender<>();
        file.setContext(context);
        file.setPrudent(true);
        TimeBasedRollingPolicy<ILoggingEvent> policy = new TimeBasedRollingPolicy<>();
        policy.setContext(context);
        policy.setParent(file);
        policy.setFileNamePattern(dir + "/payout-desk-%d{yyyy-MM-dd}.log");
        policy.setMaxHistory(30);
        policy.setTotalSizeCap(FileSize.valueOf("500MB"));
        policy.start();
        file.setRollingPolicy(policy);
        // Every line names its process: the window and the cron jobs share the day's file.
        file.setEncoder(encoder(context, "%d{yyyy-MM-dd'T'HH:mm:ss.SSSZ} [" + ProcessHandle.current().pid()
                + "] %-5level %logger - %msg%n"));
        return file;
    }

    private static PatternLayoutEncoder encoder(LoggerContext context, String pattern) {
        PatternLayoutEncoder e = new PatternLayoutEncoder();
        e.setContext(context);
        e.setPattern(pattern);
        e.start();
        return e;
    }
}
