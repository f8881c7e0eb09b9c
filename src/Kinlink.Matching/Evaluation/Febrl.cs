using System.Globalization;
using Kinlink.Matching.Dates;
using Kinlink.Matching.Engine;

namespace Kinlink.Matching.Evaluation;

/// <summary>
/// Reads the FEBRL benchmark files (shared/data/febrl): names and date of birth only, as prisoner
/// records have. The truth comes from the entity number N in rec-N-org / rec-N-dup-k, which is
/// then hidden behind an opaque id so that no feature can see it.
/// </summary>
public static class Febrl
{
    /// <summary>FEBRL4: dataset4a as the registry, dataset4b as the enquiries; each enquiry's true record shares its N.</summary>
    public static LabelledSet LoadLinkage(string directory)
    {
        ArgumentNullException.ThrowIfNull(directory);
        var registry = Read(Path.Combine(directory, "dataset4a.csv"), "a");
        var queries = Read(Path.Combine(directory, "dataset4b.csv"), "b");
        var byEntity = registry.GroupBy(r => r.Entity).ToDictionary(g => g.Key, g => g.First().Record.Id, StringComparer.Ordinal);
        var truth = queries.ToDictionary(q => q.Record.Id, q => byEntity.GetValueOrDefault(q.Entity), StringComparer.Ordinal);
        return new LabelledSet(registry.Select(r => r.Record).ToList(), queries.Select(q => q.Record).ToList(), truth);
    }

    /// <summary>
    /// A deduplication file (dataset1-3) as a labelled set for training: originals are the registry,
    /// duplicates the enquiries.
    /// </summary>
    public static LabelledSet LoadDeduplication(string path)
    {
        var rows = Read(path, Path.GetFileNameWithoutExtension(path));
        var originals = rows.Where(r => r.Original).ToList();
        var byEntity = originals.ToDictionary(r => r.Entity, r => r.Record.Id, StringComparer.Ordinal);
        var duplicates = rows.Where(r => !r.Original && byEntity.ContainsKey(r.Entity)).ToList();
        var truth = duplicates.ToDictionary(d => d.Record.Id, d => (string?)byEntity[d.Entity], StringComparer.Ordinal);
        return new LabelledSet(originals.Select(r => r.Record).ToList(), duplicates.Select(d => d.Record).ToList(), truth);
    }

    private static List<(string Entity, bool Original, MatchRecord Record)> Read(string path, string prefix)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"The FEBRL file {path} does not exist.", path);
        }

        var rows = new List<(string, bool, MatchRecord)>();
        var lineNumber = 0;
        foreach (var line in File.ReadLines(path))
        {
            lineNumber++;
            if (lineNumber == 1 || line.Length == 0)
            {
                continue;
            }

            var cells = line.Split(',').Select(c => c.Trim()).ToArray();
            if (cells.Length != 11)
            {
                throw new MatchCsvException(Path.GetFileName(path), lineNumber, null, $"{cells.Length} fields where FEBRL has 11");
            }

            var parts = cells[0].Split('-');
            var entity = parts.Length >= 3 ? parts[1] : throw new MatchCsvException(Path.GetFileName(path), lineNumber, "rec_id", $"\"{cells[0]}\" is not a FEBRL record id");
            var id = string.Create(CultureInfo.InvariantCulture, $"{prefix}{lineNumber - 1:D5}");
            var record = new MatchRecord(id, Empty(cells[2]), Empty(cells[1]), null, Date(cells[9]), null, null);
            rows.Add((entity, parts[2] == "org", record));
        }

        return rows;
    }

    private static string? Empty(string value) => value.Length == 0 ? null : value;

    // YYYYMMDD; a corrupted month or day keeps the parts that are still possible.
    private static BirthDate? Date(string value)
    {
        if (value.Length != 8 || !int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out _))
        {
            return null;
        }

        var year = int.Parse(value[..4], CultureInfo.InvariantCulture);
        var month = int.Parse(value[4..6], CultureInfo.InvariantCulture);
        var day = int.Parse(value[6..], CultureInfo.InvariantCulture);
        if (year < 1800)
        {
            return null;
        }

        if (month is < 1 or > 12)
        {
            return new BirthDate(year, null, null);
        }

        return day is < 1 or > 31 ? new BirthDate(year, month, null) : new BirthDate(year, month, day);
    }
}
