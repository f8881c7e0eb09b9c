namespace Kinlink.Matching;

internal static class Apostrophes
{
    // Records come from many keyboards: the Ukrainian apostrophe arrives as U+0027, U+2019 or
    // U+02BC, and hand-typed forms also use the grave, the acute and the left quote.
    public static bool IsApostrophe(char c) =>
        c is '\'' or '\u2019' or '\u02BC' or '`' or '\u00B4' or '\u2018';
}
