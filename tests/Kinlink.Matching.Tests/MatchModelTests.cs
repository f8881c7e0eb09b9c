using Kinlink.Matching.Scoring;

namespace Kinlink.Matching.Tests;

public class MatchModelTests
{
    [Fact]
    public void The_embedded_model_has_a_version_and_m_and_u_for_every_level()
    {
        var model = MatchModel.Default;

        Assert.False(string.IsNullOrWhiteSpace(model.Version));
        Assert.Equal(Names.GivenNames.TableVersion, model.NameTable);
        foreach (var (field, levels) in FieldLevels.All)
        {
            foreach (var (level, kind) in levels)
            {
                var p = model.Probabilities(field, level);
                Assert.InRange(p.M, 1e-9, 1);
                Assert.InRange(p.U, 1e-9, 1);
                if (kind == AgreementKind.Missing)
                {
                    Assert.Equal(0, model.Weight(field, level));
                }
            }
        }
    }

    [Fact]
    public void Agreement_weighs_for_and_disagreement_against()
    {
        var model = MatchModel.Default;

        foreach (var field in new[] { MatchField.Surname, MatchField.GivenName, MatchField.Patronymic, MatchField.DateOfBirth })
        {
            Assert.True(model.Weight(field, "exact") > 0, $"{field} exact");
            Assert.True(model.Weight(field, "different") < 0, $"{field} different");
        }

        Assert.True(model.Weight(MatchField.Sex, "different") < 0);
        Assert.True(model.Weight(MatchField.DateOfBirth, "exact") > model.Weight(MatchField.DateOfBirth, "same-year-only"));
        Assert.True(model.LikelyThreshold > 0);
    }

    [Fact]
    public void A_model_file_reads_back_as_written()
    {
        using var stream = new MemoryStream();
        MatchModel.Default.Save(stream);
        stream.Position = 0;

        var copy = MatchModel.Load(stream);

        Assert.Equal(MatchModel.Default.Version, copy.Version);
        Assert.Equal(MatchModel.Default.Weight(MatchField.Surname, "close"), copy.Weight(MatchField.Surname, "close"));
    }

    [Fact]
    public void A_model_file_without_a_level_is_refused_naming_it()
    {
        var json = MatchModel.Default.ToJson().Replace("\"day-month-swapped\"", "\"renamed\"", StringComparison.Ordinal);
        using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(json));

        var error = Assert.Throws<InvalidOperationException>(() => MatchModel.Load(stream));
        Assert.Contains("day-month-swapped", error.Message, StringComparison.Ordinal);
    }
}
