namespace Kinlink.Data.Mail;

/// <summary>One line of a parcel's contents as typed: category code, what, how many, grams.</summary>
public sealed record ParcelLineInput
{
    public string? Category { get; init; }

    public string? Description { get; init; }

    public int? Quantity { get; init; }

    public int? WeightGrams { get; init; }

    /// <summary>A form's row left entirely blank (pages offer a fixed number of rows).</summary>
    public bool IsBlank => string.IsNullOrWhiteSpace(Category) && string.IsNullOrWhiteSpace(Description) && Quantity is null && WeightGrams is null;
}
