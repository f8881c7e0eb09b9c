namespace Kinlink.Web.Presentation;

/// <summary>Previous and next links of a paged list, with where the reader is.</summary>
public sealed record Pager(int Page, int PageCount, int Total, string? PreviousUrl, string? NextUrl)
{
    public static Pager For<T>(Kinlink.Data.Registry.PagedResult<T> result, Func<int, string?> urlOfPage)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(urlOfPage);
        var pageCount = Math.Max(1, result.PageCount);
        return new Pager(
            result.Page,
            pageCount,
            result.Total,
            result.Page > 1 ? urlOfPage(Math.Min(result.Page - 1, pageCount)) : null,
            result.Page < pageCount ? urlOfPage(result.Page + 1) : null);
    }
}
