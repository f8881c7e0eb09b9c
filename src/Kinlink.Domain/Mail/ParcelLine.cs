namespace Kinlink.Domain.Mail;

/// <summary>One line of a parcel's contents: what, how many, how heavy.</summary>
public sealed class ParcelLine
{
    public const int DescriptionLength = 200;

    private ParcelLine()
    {
    }

    public ParcelId ParcelId { get; private set; }

    /// <summary>The line's number, from 1, as on the sender's list.</summary>
    public int Number { get; private set; }

    public ParcelCategory Category { get; private set; }

    public string Description { get; private set; } = "";

    public int Quantity { get; private set; }

    /// <summary>The line's weight in grams, all items together.</summary>
    public int WeightGrams { get; private set; }

    internal static ParcelLine Create(ParcelId parcelId, int number, ParcelLineDraft draft) => new()
    {
        ParcelId = parcelId,
        Number = number,
        Category = draft.Category,
        Description = (draft.Description ?? "").Trim(),
        Quantity = draft.Quantity,
        WeightGrams = draft.WeightGrams,
    };

    internal void Replace(ParcelLineDraft draft)
    {
        Category = draft.Category;
        Description = (draft.Description ?? "").Trim();
        Quantity = draft.Quantity;
        WeightGrams = draft.WeightGrams;
    }
}

/// <summary>A parcel line as given by the sender, before it is checked.</summary>
public sealed record ParcelLineDraft(ParcelCategory Category, string? Description, int Quantity, int WeightGrams);
