namespace Kinlink.Integration.Tests.Access;

/// <summary>One row of route-matrix.tsv: a route, a concrete request for it, the body to send, and the outcome expected for each principal.</summary>
internal sealed record RouteMatrixRow(int Line, string Route, string Request, string Body, IReadOnlyDictionary<string, string> Expected)
{
    /// <summary>The HTTP method of the request: the route's own, or GET for a route that answers any method.</summary>
    public string Method => Route.Split(' ')[0] is var method && method == AppRoutes.AnyMethod ? "GET" : method;
}

/// <summary>The hand-written expected table: who may do what, one row per route and sample request, one column per principal.</summary>
internal sealed record RouteMatrix(IReadOnlyList<string> Principals, IReadOnlyList<RouteMatrixRow> Rows)
{
    public const string FileName = "route-matrix.tsv";

    public static readonly IReadOnlySet<string> Outcomes = new HashSet<string>(StringComparer.Ordinal) { "allow", "deny", "hidden" };

    public static string FilePath => Path.Combine(Web.UiResources.RepositoryRoot(), "tests", "Kinlink.Integration.Tests", "Access", FileName);

    public static RouteMatrix Load()
    {
        var lines = File.ReadAllLines(FilePath);
        string[]? header = null;
        var rows = new List<RouteMatrixRow>();
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var cells = line.Split('\t');
            if (header is null)
            {
                header = cells;
                Assert.True(header.Length > 3 && header[0] == "route" && header[1] == "request" && header[2] == "body", $"{FileName}:{i + 1}: the header must start route, request, body.");
                continue;
            }

            Assert.True(cells.Length == header.Length, $"{FileName}:{i + 1}: {cells.Length} cells, the header has {header.Length}.");
            var expected = new Dictionary<string, string>(StringComparer.Ordinal);
            for (var c = 3; c < cells.Length; c++)
            {
                Assert.True(Outcomes.Contains(cells[c]), $"{FileName}:{i + 1}, column {header[c]}: '{cells[c]}' is not one of {string.Join(", ", Outcomes)}.");
                expected[header[c]] = cells[c];
            }

            rows.Add(new RouteMatrixRow(i + 1, cells[0], cells[1], cells[2], expected));
        }

        Assert.NotNull(header);
        return new RouteMatrix(header[3..], rows);
    }
}
