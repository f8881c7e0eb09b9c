namespace Kinlink.Data.Exchanges;

/// <summary>The handover as recorded: the date, one decision per entry, and why the counts do not balance when they do not.</summary>
public sealed record ExchangeExecution
{
    public string? HandoverDate { get; init; }

    public IReadOnlyList<ExchangeHandoverInput>? Decisions { get; init; }

    public string? BalanceNote { get; init; }

    public int? Version { get; init; }
}
