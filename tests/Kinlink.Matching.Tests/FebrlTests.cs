using Kinlink.Matching.Dates;
using Kinlink.Matching.Evaluation;

namespace Kinlink.Matching.Tests;

/// <summary>The FEBRL reader: truth hidden behind opaque ids, and a malformed line named by file and line.</summary>
public sealed class FebrlTests : IDisposable
{
    private const string Header = "rec_id, given_name, surname, street_number, address_1, address_2, suburb, postcode, state, date_of_birth, soc_sec_id";

    private readonly string _folder = Directory.CreateTempSubdirectory("kinlink-febrl-").FullName;

    [Fact]
    public void A_linkage_pairs_each_enquiry_with_its_entity_s_record_under_opaque_ids()
    {
        Write("dataset4a.csv", Header, "rec-7-org, michaela, neumann, 8, stanley street, miami, winston hills, 4223, nsw, 19151111, 5304218", "rec-9-org, john, smith, 1, a, b, c, 4000, vic, 19800230, 1");
        Write("dataset4b.csv", Header, "rec-7-dup-0, michaela, nuemann, 8, stanley street, miami, winston hills, 4223, nsw, 19151311, 5304218");

        var set = Febrl.LoadLinkage(_folder);

        var query = Assert.Single(set.Queries);
        Assert.Equal("neumann", set.Registry.Single(r => r.Id == set.Truth[query.Id]).Surname);
        Assert.DoesNotContain(set.Registry.Concat(set.Queries), r => r.Id.Contains("rec", StringComparison.Ordinal));
        Assert.Equal(new BirthDate(1915, null, null), query.DateOfBirth);
        Assert.Equal(new BirthDate(1980, 2, 30), set.Registry.Single(r => r.Surname == "smith").DateOfBirth);
    }

    [Fact]
    public void A_line_with_the_wrong_number_of_fields_is_refused_naming_the_file_and_line()
    {
        Write("dataset4a.csv", Header, "rec-7-org, michaela, neumann, 8, stanley street, miami, winston hills, 4223, nsw, 19151111, 5304218", "rec-8-org, john, smith");
        Write("dataset4b.csv", Header);

        var error = Assert.Throws<MatchCsvException>(() => Febrl.LoadLinkage(_folder));

        Assert.Equal("dataset4a.csv line 3: 3 fields where FEBRL has 11", error.Message);
    }

    [Fact]
    public void A_record_id_that_is_not_FEBRL_s_is_refused_naming_the_column()
    {
        Write("dataset4a.csv", Header, "person7, michaela, neumann, 8, stanley street, miami, winston hills, 4223, nsw, 19151111, 5304218");
        Write("dataset4b.csv", Header);

        var error = Assert.Throws<MatchCsvException>(() => Febrl.LoadLinkage(_folder));

        Assert.Equal("dataset4a.csv line 2, column rec_id: \"person7\" is not a FEBRL record id", error.Message);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private void Write(string name, params string[] lines) =>
        File.WriteAllText(Path.Combine(_folder, name), string.Join("\n", lines) + "\n");
}
