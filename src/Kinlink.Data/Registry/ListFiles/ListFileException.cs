namespace Kinlink.Data.Registry.ListFiles;

/// <summary>The file cannot be read as a list at all; the message says why, in words for the person who sent it.</summary>
internal sealed class ListFileException : Exception
{
    public ListFileException()
    {
    }

    public ListFileException(string message)
        : base(message)
    {
    }

    public ListFileException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
