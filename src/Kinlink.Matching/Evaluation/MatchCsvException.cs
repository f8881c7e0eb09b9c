namespace Kinlink.Matching.Evaluation;

/// <summary>A malformed input file of the file mode, with the file, line and column at fault.</summary>
public sealed class MatchCsvException : FormatException
{
    public MatchCsvException()
    {
    }

    public MatchCsvException(string message)
        : base(message)
    {
    }

    public MatchCsvException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public MatchCsvException(string fileName, int line, string? column, string reason)
        : base(Describe(fileName, line, column, reason))
    {
        FileName = fileName;
        Line = line;
        Column = column;
    }

    public string? FileName { get; }

    public int Line { get; }

    public string? Column { get; }

    private static string Describe(string fileName, int line, string? column, string reason) =>
        column is null ? $"{fileName} line {line}: {reason}" : $"{fileName} line {line}, column {column}: {reason}";
}
