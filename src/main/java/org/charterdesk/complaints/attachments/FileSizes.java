package org.charterdesk.complaints.attachments;

import java.util.Locale;

/** A file's size as people read it: "850 KB", "2.4 MB". */
public final class FileSizes {

    private static final long KB = 1024;
    private static final long MB = KB * 1024;

    private FileSizes() {}

    public static String inWords(long bytes) {
        if (bytes < KB) {
            return bytes + " bytes";
        }
        if (bytes < MB) {
            return Math.max(1, Math.round(bytes / (double) KB)) + " KB";
        }
        double mb = bytes / (double) MB;
        return mb == Math.rint(mb)
                ? String.format(Locale.UK, "%d MB", (long) mb)
                : String.format(Locale.UK, "%.1f MB", mb);
    }
}
