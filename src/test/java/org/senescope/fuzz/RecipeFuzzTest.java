package org.senescope.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Timeout;
import org.senescope.render.recipe.RecipeFile;

/**
 * Figure recipes (JSON) with any bytes. The recipe reader takes a file, so each input is written to a temporary
 * file first; {@code RecipeFormatException} is its documented refusal.
 */
class RecipeFuzzTest {

    @FuzzTest(maxDuration = FuzzRun.CI_DURATION)
    @Timeout(FuzzRun.INPUT_TIMEOUT_SECONDS)
    void readsOrRefuses(byte[] data) throws IOException {
        Path file = Files.createTempFile("fuzz", ".recipe.json");
        try {
            Files.write(file, data);
            ReaderContract.holds(data, in -> RecipeFile.read(file).formats().size());
        } finally {
            Files.delete(file);
        }
    }
}
