using Kinlink.Matching.Evaluation;

namespace Kinlink.Matching.Tests;

public class GeneratorStreamTests
{
    // A scale-seeded database and the benchmark's in-memory registry must hold the same records, or recall measured
    // on the database would be measured against the wrong truth.
    [Fact]
    public void The_streamed_registry_holds_exactly_the_records_of_the_generated_set()
    {
        var generated = new CrossScriptGenerator(seed: 31).Generate(registrySize: 3_000, queryCount: 500);
        var streamed = new CrossScriptGenerator(seed: 31).StreamRegistry(registrySize: 3_000).ToList();

        Assert.Equal(3_000, streamed.Count);
        Assert.Equal(generated.Registry.OrderBy(r => r.Id, StringComparer.Ordinal), streamed.OrderBy(r => r.Id, StringComparer.Ordinal));
        Assert.All(generated.Truth.Values.OfType<string>(), id => Assert.Contains(streamed, r => r.Id == id));
    }

    [Fact]
    public void The_registry_does_not_depend_on_how_many_enquiries_are_asked_for()
    {
        var few = new CrossScriptGenerator(seed: 8).Generate(registrySize: 500, queryCount: 10);
        var many = new CrossScriptGenerator(seed: 8).Generate(registrySize: 500, queryCount: 2_000);

        Assert.Equal(few.Registry.OrderBy(r => r.Id, StringComparer.Ordinal), many.Registry.OrderBy(r => r.Id, StringComparer.Ordinal));
    }
}
