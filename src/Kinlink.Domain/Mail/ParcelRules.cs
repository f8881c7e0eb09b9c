namespace Kinlink.Domain.Mail;

/// <summary>One reason a parcel is refused, naming the rule and the line it concerns (null when it is the whole parcel).</summary>
public sealed record ParcelRuleViolation(string Rule, int? LineNumber, string Message)
{
    public override string ToString() => LineNumber is { } line ? $"line {line}: {Message}" : Message;
}

/// <summary>
/// The checks a parcel passes before it is sent on: the heaviest parcel allowed, items that may not be sent (matched as
/// words in a line's description, any case), and GC III art. 72(4): books are not packed with clothing or food.
/// Limits come from the intermediary's own shipments (art. 72(3)) and are configured, not fixed.
/// </summary>
public sealed record ParcelRules(int MaxWeightGrams, IReadOnlyList<string> ForbiddenItems, bool BooksApartFromFoodAndClothing)
{
    public const string MaxWeightRule = "max-weight";
    public const string ForbiddenItemRule = "forbidden-item";
    public const string BooksPackedWithFoodOrClothingRule = "books-with-food-or-clothing";
    public const int MaxLines = 100;
    public const int MaxLineWeightGrams = 1_000_000;
    public const int MaxQuantity = 10_000;

    /// <summary>Every reason the parcel is refused; empty when it may go.</summary>
    public IReadOnlyList<ParcelRuleViolation> Check(IReadOnlyList<ParcelLineDraft> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var violations = new List<ParcelRuleViolation>();
        for (var i = 0; i < lines.Count; i++)
        {
            var description = lines[i].Description ?? "";
            foreach (var item in ForbiddenItems)
            {
                if (ContainsWord(description, item))
                {
                    violations.Add(new ParcelRuleViolation(ForbiddenItemRule, i + 1, $"'{item}' may not be sent."));
                }
            }
        }

        var total = lines.Sum(l => (long)l.WeightGrams);
        if (total > MaxWeightGrams)
        {
            violations.Add(new ParcelRuleViolation(MaxWeightRule, null, $"The parcel weighs {total} g; at most {MaxWeightGrams} g."));
        }

        if (BooksApartFromFoodAndClothing
            && lines.Any(l => l.Category == ParcelCategory.Books)
            && lines.Any(l => l.Category is ParcelCategory.Food or ParcelCategory.Clothing))
        {
            var bookLine = lines.Select((l, i) => (l, i)).First(x => x.l.Category == ParcelCategory.Books).i + 1;
            violations.Add(new ParcelRuleViolation(BooksPackedWithFoodOrClothingRule, bookLine, "Books may not be packed with food or clothing (GC III art. 72); send them in a parcel of their own."));
        }

        return violations;
    }

    private static bool ContainsWord(string text, string word)
    {
        var trimmed = word.Trim();
        if (trimmed.Length == 0)
        {
            return false;
        }

        var at = 0;
        while ((at = text.IndexOf(trimmed, at, StringComparison.OrdinalIgnoreCase)) >= 0)
        {
            var before = at == 0 || !char.IsLetterOrDigit(text[at - 1]);
            var end = at + trimmed.Length;
            var after = end == text.Length || !char.IsLetterOrDigit(text[end]);
            if (before && after)
            {
                return true;
            }

            at = end;
        }

        return false;
    }
}
