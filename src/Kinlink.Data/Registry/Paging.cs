using Kinlink.Domain.Common;

namespace Kinlink.Data.Registry;

/// <summary>Page numbers start at 1; page sizes are capped so no request can ask for the whole registry.</summary>
public static class Paging
{
    public const int DefaultPageSize = 25;
    public const int MaxPageSize = 200;

    public static (int Page, int PageSize) Normalise(int? page, int? pageSize)
    {
        if (page is < 1)
        {
            throw new ValidationFailedException("page", "The page number starts at 1.");
        }

        if (pageSize is < 1 or > MaxPageSize)
        {
            throw new ValidationFailedException("pageSize", $"The page size is between 1 and {MaxPageSize}.");
        }

        return (page ?? 1, pageSize ?? DefaultPageSize);
    }
}
