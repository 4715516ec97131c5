package org.senescope.cytoscape;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import javax.ws.rs.Consumes;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import org.cytoscape.command.CommandExecutorTaskFactory;
import org.cytoscape.work.FinishStatus;
import org.cytoscape.work.ObservableTask;
import org.cytoscape.work.TaskIterator;
import org.cytoscape.work.TaskMonitor;
import org.cytoscape.work.TaskObserver;
import org.cytoscape.work.json.JSONResult;
import org.jspecify.annotations.Nullable;

/**
 * Senescope's strict CyREST endpoint, {@code POST /senescope/v1/<command>} with the command's parameters as a JSON
 * object. CyREST publishes every OSGi service whose class carries {@link Path}. Unlike
 * {@code /v1/commands/senescope/<command>}, it refuses (HTTP 400) a key that names no parameter, listing the ones
 * that do, and a value of the wrong kind ({@code "createView": "maybe"}), which Cytoscape's command executor would
 * ignore or read as false; then it runs the command through that same executor, so the task gets its arguments as
 * from any CyREST call. Answers in CyREST's shape, {@code {"data": …, "errors": [...]}}. A failing command is logged
 * as one line, its cause and stack only at DEBUG: the executor's task is run here, not by Cytoscape's task manager,
 * which logs a failing task's whole stack. Thread-safe: each request uses its own task.
 */
@Path("/senescope/v1")
public final class CommandEndpoint {

    private static final System.Logger LOG = System.getLogger(CommandEndpoint.class.getName());

    private static final String ERROR_TYPE = "urn:cytoscape:ci:senescope:v1:";

    /** Runs a function with Cytoscape's command executor while it is held, or answers empty when none is running. */
    @FunctionalInterface
    interface Executors {
        Optional<Answer> withExecutor(Function<CommandExecutorTaskFactory, Answer> run);
    }

    /**
     * One answer: the HTTP status and the JSON body.
     *
     * @param status 200, 400 (bad parameters), 404 (no such command), 500 (the command failed) or 503 (no executor)
     * @param json {@code {"data": …, "errors": [...]}}
     */
    record Answer(int status, String json) {
    }

    private final Map<String, CommandParameters> commands;
    private final Executors executors;

    CommandEndpoint(List<CommandParameters> commands, Executors executors) {
        this.commands = commands.stream().collect(Collectors.toMap(CommandParameters::command, c -> c,
                (a, b) -> a, LinkedHashMap::new));
        this.executors = executors;
    }

    /** The endpoint of Senescope's commands. */
    static CommandEndpoint senescope(Executors executors) {
        return new CommandEndpoint(List.of(
                CommandParameters.of(BuildNetworkTask.COMMAND, BuildNetworkTask.class),
                CommandParameters.of(ImportExpressionTask.COMMAND, ImportExpressionTask.class),
                CommandParameters.of(GeneSetAnalysisTask.COMMAND, GeneSetAnalysisTask.class),
                CommandParameters.of(ExportFigureTask.COMMAND, ExportFigureTask.class),
                CommandParameters.of(CellTypeOverlayTask.COMMAND, CellTypeOverlayTask.class),
                CommandParameters.of(CellScoreTask.COMMAND, CellScoreTask.class),
                CommandParameters.of(AddEvidenceTask.COMMAND, AddEvidenceTask.class)), executors);
    }

    /** The JAX-RS method: {@link #answer} as a response. */
    @POST
    @Path("/{command}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response post(@PathParam("command") String command, @Nullable Map<String, Object> body) {
        Answer answer = answer(command, body == null ? Map.of() : body);
        return Response.status(answer.status()).type(MediaType.APPLICATION_JSON_TYPE).entity(answer.json()).build();
    }

    /** Checks {@code body} against {@code command}'s parameters and, when it fits, runs the command. */
    Answer answer(String command, Map<String, ?> body) {
        CommandParameters parameters = commands.get(command);
        if (parameters == null) {
            return failed(404, command, 1, List.of("no command '" + command + "' in senescope; its commands are "
                    + String.join(", ", commands.keySet())));
        }
        CommandParameters.Checked checked = parameters.check(body);
        if (!checked.problems().isEmpty()) {
            return failed(400, command, 1, checked.problems());
        }
        return executors.withExecutor(executor -> run(executor, command, checked.arguments()))
                .orElseGet(() -> failed(503, command, 3, List.of("Cytoscape's command executor is not running")));
    }

    private Answer run(CommandExecutorTaskFactory executor, String command, Map<String, Object> arguments) {
        List<String> results = new ArrayList<>();
        TaskObserver observer = new TaskObserver() {
            @Override
            public void taskFinished(ObservableTask task) {
                JSONResult json = task.getResults(JSONResult.class);
                if (json != null) {
                    results.add(json.getJSON());
                }
            }

            @Override
            public void allFinished(FinishStatus finishStatus) {
                // The executor reports here only a run its Tunable validation stopped; no result is then the answer.
            }
        };
        try {
            TaskIterator tasks = executor.createTaskIterator(SenescopeColumns.NAMESPACE, command,
                    new LinkedHashMap<>(arguments), observer);
            while (tasks.hasNext()) {
                tasks.next().run(QUIET);
            }
        } catch (Exception e) {
            String message = oneLine(e);
            LOG.log(System.Logger.Level.WARNING, "senescope " + command + " failed: " + message);
            LOG.log(System.Logger.Level.DEBUG, "senescope " + command + " failed", e);
            return failed(500, command, 2, List.of(message));
        }
        if (results.isEmpty()) {
            LOG.log(System.Logger.Level.WARNING, "senescope " + command + " returned no result");
            return failed(500, command, 2, List.of("senescope " + command + " returned no result"));
        }
        return new Answer(200, JsonText.of(json -> {
            json.writeStartObject();
            json.writeFieldName("data");
            json.writeRawValue(results.get(results.size() - 1));
            json.writeArrayFieldStart("errors");
            json.writeEndArray();
            json.writeEndObject();
        }));
    }

    private static String oneLine(Exception e) {
        String message = e.getMessage();
        String text = message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
        return String.join("; ", text.strip().lines().toList());
    }

    /** CyREST's error shape: one error per message, {@code type} naming the command and the kind of failure. */
    private static Answer failed(int status, String command, int code, List<String> messages) {
        return new Answer(status, JsonText.of(json -> {
            json.writeStartObject();
            json.writeObjectFieldStart("data");
            json.writeEndObject();
            json.writeArrayFieldStart("errors");
            for (String message : messages) {
                json.writeStartObject();
                json.writeNumberField("status", status);
                json.writeStringField("type", ERROR_TYPE + command.replace(' ', '-') + ":errors:" + code);
                json.writeStringField("message", message);
                json.writeNullField("link");
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        }));
    }

    /**
     * The monitor the executor's task reports to. Cytoscape's executor already logs each message a command shows
     * (its own monitor wraps this one), so nothing more is done with them here.
     */
    private static final TaskMonitor QUIET = new TaskMonitor() {
        @Override
        public void setTitle(String title) {
            // Logged by the executor.
        }

        @Override
        public void setProgress(double progress) {
            // A synchronous HTTP call shows no progress.
        }

        @Override
        public void setStatusMessage(String statusMessage) {
            // Logged by the executor.
        }

        @Override
        public void showMessage(TaskMonitor.Level level, String message) {
            // Logged by the executor.
        }
    };
}
