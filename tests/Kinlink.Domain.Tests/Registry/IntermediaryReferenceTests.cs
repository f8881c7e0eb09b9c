using Kinlink.Domain.Registry;

namespace Kinlink.Domain.Tests.Registry;

public class IntermediaryReferenceTests
{
    [Fact]
    public void A_new_reference_has_the_readable_shape_and_parses_back()
    {
        for (var i = 0; i < 200; i++)
        {
            var reference = IntermediaryReference.NewRandom();
            Assert.Matches("^KL-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$", reference.Value);
            Assert.Equal(reference, IntermediaryReference.Parse(reference.Value));
        }
    }

    [Fact]
    public void Reads_a_reference_as_someone_might_type_it_over_the_phone()
    {
        var reference = IntermediaryReference.NewFrom(new Random(42));
        var sloppy = reference.Value.ToLowerInvariant().Replace("-", " ", StringComparison.Ordinal).Replace('0', 'o').Replace('1', 'l');

        Assert.True(IntermediaryReference.TryParse(sloppy, out var parsed));
        Assert.Equal(reference, parsed);
        Assert.True(IntermediaryReference.TryParse(reference.Value.Replace("-", "", StringComparison.Ordinal)[2..], out _));
    }

    [Fact]
    public void Every_single_wrong_character_is_caught_by_the_check_character()
    {
        const string alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
        var value = IntermediaryReference.NewFrom(new Random(3)).Value.Replace("-", "", StringComparison.Ordinal)[2..];
        for (var position = 0; position < value.Length; position++)
        {
            foreach (var replacement in alphabet.Where(c => c != value[position]))
            {
                var typo = value[..position] + replacement + value[(position + 1)..];
                Assert.False(IntermediaryReference.TryParse(typo, out _), $"{typo} should fail the check");
            }
        }
    }

    [Fact]
    public void Most_swapped_neighbours_are_caught()
    {
        var random = new Random(11);
        int swaps = 0, caught = 0;
        for (var n = 0; n < 300; n++)
        {
            var value = IntermediaryReference.NewFrom(random).Value.Replace("-", "", StringComparison.Ordinal)[2..];
            for (var i = 0; i < value.Length - 1; i++)
            {
                if (value[i] == value[i + 1])
                {
                    continue;
                }

                swaps++;
                var swapped = value[..i] + value[i + 1] + value[i] + value[(i + 2)..];
                caught += IntermediaryReference.TryParse(swapped, out _) ? 0 : 1;
            }
        }

        Assert.True(caught >= swaps * 0.9, $"caught {caught} of {swaps} swaps");
    }

    [Theory]
    [InlineData("")]
    [InlineData("KL-1234")]
    [InlineData("KL-UUUU-UUUU")]
    [InlineData("not a reference")]
    public void Refuses_malformed_references(string text) => Assert.False(IntermediaryReference.TryParse(text, out _));
}
