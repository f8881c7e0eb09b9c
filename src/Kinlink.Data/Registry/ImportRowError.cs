namespace Kinlink.Data.Registry;

/// <summary>One refused row: its line in the file (1 = the header; 0 = the file as a whole), the column, and why.</summary>
public sealed record ImportRowError(int Line, string Column, string Reason);
