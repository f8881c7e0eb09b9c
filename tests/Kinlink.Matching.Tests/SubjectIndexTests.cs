using Kinlink.Matching.Dates;
using Kinlink.Matching.Engine;
using Kinlink.Matching.Evaluation;

namespace Kinlink.Matching.Tests;

/// <summary>
/// The index a server keeps in memory: after any sequence of changes, with or without a rebuild of its bulk part,
/// it must answer exactly as an index built afresh from the final subjects, and as counting keys by hand does.
/// </summary>
public class SubjectIndexTests
{
    [Fact]
    public void Shared_keys_are_the_keys_each_subject_has_in_common_with_the_enquiry()
    {
        var set = new CrossScriptGenerator(11).Generate(600, 40);
        var subjects = Subjects(set.Registry);
        using var index = new SubjectIndex(subjects);
        var keysOf = subjects.ToDictionary(s => s.Number, s => SubjectIndex.KeysOf(s.Forms).ToHashSet());
        var checkedSome = 0;
        foreach (var query in set.Queries)
        {
            var queryKeys = QueryKeys(query);
            // Counted by hand: every key's slice size, then each subject's keys in the slices within the limit.
            var followed = queryKeys.Where(k => keysOf.Values.Count(keys => keys.Contains(k)) <= CandidateKeys.SliceLimit).ToHashSet();
            var expected = keysOf.Select(kv => (kv.Key, Count: kv.Value.Count(followed.Contains))).Where(x => x.Count > 0).ToDictionary(x => x.Key, x => x.Count);
            Assert.Equal(expected.OrderBy(x => x.Key), index.SharedKeys(queryKeys).OrderBy(x => x.Key));
            checkedSome += expected.Count > 0 ? 1 : 0;
        }

        Assert.True(checkedSome > 20, $"only {checkedSome} enquiries shared a key with anyone: the test checks too little");
    }

    [Fact]
    public async Task After_additions_replacements_removals_and_rebuilds_it_answers_as_an_index_built_afresh()
    {
        var set = new CrossScriptGenerator(12).Generate(900, 60);
        var pool = Subjects(set.Registry);
        var random = new Random(5);
        var current = pool.Take(300).ToDictionary(s => s.Number);
        // A small overlay limit, so that the changes below start several rebuilds of the bulk index.
        using var index = new SubjectIndex(current.Values, overlayLimit: 2_000);
        var rebuildsSeen = 0;
        for (var round = 0; round < 40; round++)
        {
            var changes = new List<IndexedSubject>();
            for (var i = 0; i < 15; i++)
            {
                var number = random.Next(1, 700);
                var id = current.TryGetValue(number, out var held) ? held.Id : Guid.NewGuid();
                var change = random.Next(3) switch
                {
                    0 => new IndexedSubject(number, id, []),
                    // Another person's names under this number: a correction or a merge rewrites the forms.
                    _ => new IndexedSubject(number, id, pool[random.Next(pool.Count)].Forms),
                };
                changes.Add(change);
                if (change.Forms.Count == 0)
                {
                    current.Remove(number);
                }
                else
                {
                    current[number] = change;
                }
            }

            index.Apply(changes);
            if (!index.PendingRebuild.IsCompleted)
            {
                rebuildsSeen++;
            }

            if (round % 7 == 0)
            {
                await index.PendingRebuild;
            }

            AssertSameAnswers(index, current.Values, set.Queries.Take(20));
        }

        await index.PendingRebuild;
        AssertSameAnswers(index, current.Values, set.Queries);
        Assert.True(rebuildsSeen > 0, "no rebuild started: the test did not reach the overlay limit");
    }

    [Fact]
    public void A_key_shared_by_more_than_the_slice_limit_is_followed_again_once_a_subject_leaves_it()
    {
        var forms = Prepare(new MatchRecord("x", "Коваленко", "Олександр", "Миколайович", new BirthDate(1994, 3, 12), 'M', null));
        var subjects = Enumerable.Range(1, 4).Select(n => new IndexedSubject(n, Guid.NewGuid(), forms)).ToList();
        using var index = new SubjectIndex(subjects);
        var keys = QueryKeys(forms[0].Source);

        Assert.Empty(index.SharedKeys(keys, sliceLimit: 3));

        index.Apply([new IndexedSubject(2, subjects[1].Id, [])]);

        var shared = index.SharedKeys(keys, sliceLimit: 3);
        Assert.Equal([1, 3, 4], shared.Keys.Order());
        Assert.Equal(3, index.RecordCount);
    }

    [Fact]
    public void A_person_under_a_new_number_leaves_the_old_one()
    {
        var forms = Prepare(new MatchRecord("x", "Шевченко", "Тарас", null, new BirthDate(1990, null, null), 'M', null));
        var id = Guid.NewGuid();
        using var index = new SubjectIndex([new IndexedSubject(1, id, forms)]);

        index.Apply([new IndexedSubject(9, id, forms)]);

        Assert.Null(index.Get(1));
        Assert.Equal(id, index.Get(9)?.Id);
        Assert.Equal([9], index.SharedKeys(QueryKeys(forms[0].Source)).Keys);
        Assert.Equal(1, index.RecordCount);
    }

    private static void AssertSameAnswers(SubjectIndex index, IEnumerable<IndexedSubject> subjects, IEnumerable<MatchRecord> queries)
    {
        var list = subjects.ToList();
        using var fresh = new SubjectIndex(list);
        Assert.Equal(fresh.RecordCount, index.RecordCount);
        foreach (var query in queries)
        {
            var keys = QueryKeys(query);
            Assert.Equal(fresh.SharedKeys(keys).OrderBy(x => x.Key), index.SharedKeys(keys).OrderBy(x => x.Key));
            foreach (var form in Prepare(query))
            {
                foreach (var name in FrequencyKeys.Surnames(form))
                {
                    Assert.Equal(fresh.SurnameCount(name), index.SurnameCount(name));
                }

                foreach (var name in FrequencyKeys.GivenNames(form))
                {
                    Assert.Equal(fresh.GivenNameCount(name), index.GivenNameCount(name));
                }
            }
        }

        foreach (var subject in list)
        {
            Assert.Same(subject, index.Get(subject.Number));
            foreach (var name in subject.Forms.SelectMany(FrequencyKeys.Surnames))
            {
                Assert.Equal(fresh.SurnameCount(name), index.SurnameCount(name));
            }
        }
    }

    private static List<IndexedSubject> Subjects(IEnumerable<MatchRecord> records) =>
        records.Select((r, i) => new IndexedSubject(i + 1, Guid.NewGuid(), Prepare(r))).ToList();

    private static List<PreparedRecord> Prepare(MatchRecord record) => [PreparedRecord.From(record)];

    private static HashSet<long> QueryKeys(MatchRecord query) =>
        CandidateKeys.ForQuery(PreparedRecord.From(query)).Select(CandidateKeys.Hash).ToHashSet();
}
