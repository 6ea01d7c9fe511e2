package org.payoutdesk.cli;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;

/**
 * A test engine that records what the command line asked for and answers with a fixed result. Every
 * command is recorded the same way: its request, or its name when it takes none.
 */
final class RecordingCommands implements InvocationHandler {
    final List<Object> calls = new ArrayList<>();
    CommandResult answer = CommandResult.of(true, "done", java.util.Map.of("answer", 42));
    RuntimeException failure;
    boolean closed;
    /** The engine to hand to the command line. */
    final DeskCommands commands = (DeskCommands) Proxy.newProxyInstance(DeskCommands.class.getClassLoader(),
            new Class<?>[] {DeskCommands.class}, this);

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) {
        return switch (method.getName()) {
            case "close" -> {
                closed = true;
                yield null;
            }
            case "equals" -> proxy == args[0];
            case "hashCode" -> System.identityHashCode(proxy);
            case "toString" -> "RecordingCommands";
            default -> record(args.length == 1 ? method.getName() : args[0], (Output) args[args.length - 1]);
        };
    }

    private CommandResult record(Object call, Output output) {
        calls.add(call);
        output.progress("working on " + call);
        if (failure != null) {
            throw failure;
        }
        return answer;
    }
}
