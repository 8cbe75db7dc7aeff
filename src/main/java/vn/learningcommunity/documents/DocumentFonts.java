package vn.learningcommunity.documents;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * The document faces, parsed once per set instead of three font files per document (the Chair's
 * approval writes two documents). FontBox's fonts are not safe for two threads at once, so a set
 * serves one document at a time; sets not in use wait here, as many as there are cores.
 */
final class DocumentFonts {

  record Faces(TrueTypeFont regular, TrueTypeFont bold, TrueTypeFont italic) {}

  private static final BlockingQueue<Faces> idle = new ArrayBlockingQueue<>(Runtime.getRuntime().availableProcessors());

  private DocumentFonts() {}

  static Faces borrow() {
    Faces faces = idle.poll();
    return faces != null ? faces
        : new Faces(parse("DejaVuSerifCondensed.ttf"), parse("DejaVuSerifCondensed-Bold.ttf"),
            parse("DejaVuSerifCondensed-Italic.ttf"));
  }

  /** Once the document that used them is written (or failed). */
  static void giveBack(Faces faces) {
    idle.offer(faces);
  }

  private static TrueTypeFont parse(String file) {
    try (InputStream in = DocumentFonts.class.getResourceAsStream("/fonts/" + file)) {
      if (in == null) {
        throw new IllegalStateException("Font " + file + " is missing from resources/fonts");
      }
      return new TTFParser().parse(new RandomAccessReadBuffer(in.readAllBytes()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
