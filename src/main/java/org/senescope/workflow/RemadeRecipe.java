package org.senescope.workflow;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.senescope.output.PlannedFile;

/**
 * What {@code figure --recipe R.json} does with the recipe it remakes: the recipe is one of the run's inputs, so a
 * remade recipe that would land on it is left out of the set when byte-identical (the file is already what the run
 * would write) and otherwise kept, so that {@link OutputSet#write} refuses it as overwriting an input. Stateless.
 */
final class RemadeRecipe {

    private RemadeRecipe() {
    }

    /**
     * {@code files} reading {@code recipeFile} too, without the planned file that is {@code recipeFile} (same path
     * once links and {@code ..} are resolved) when its content equals the file's bytes.
     *
     * @throws IOException when the recipe cannot be read again
     */
    static OutputSet protect(OutputSet files, Path recipeFile) throws IOException {
        List<PlannedFile> kept = new ArrayList<>();
        for (PlannedFile file : files.files()) {
            if (!(sameFile(file.target(), recipeFile) && Arrays.equals(bytes(file), Files.readAllBytes(recipeFile)))) {
                kept.add(file);
            }
        }
        return new OutputSet(files.directory(), kept, files.inputs()).reading(List.of(recipeFile));
    }

    private static boolean sameFile(Path target, Path recipeFile) throws IOException {
        return Files.exists(target) && Files.isSameFile(target, recipeFile);
    }

    private static byte[] bytes(PlannedFile file) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        file.content().writeTo(out);
        return out.toByteArray();
    }
}
