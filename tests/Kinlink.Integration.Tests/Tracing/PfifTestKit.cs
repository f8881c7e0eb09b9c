using System.Xml.Linq;
using Kinlink.Data.Tracing;

namespace Kinlink.Integration.Tests.Tracing;

/// <summary>PFIF 1.4 documents written by hand as a partner service would send them, and structural checks of Kinlink's own.</summary>
internal static class PfifTestKit
{
    public static readonly XNamespace Pfif = "http://zesty.ca/pfif/1.4";

    /// <summary>Three person records, one per line group so that line numbers are known: a good one, one with a bad date of birth, one without a full name.</summary>
    public const string PartnerDocument = """
        <?xml version="1.0" encoding="UTF-8"?>
        <pfif:pfif xmlns:pfif="http://zesty.ca/pfif/1.4">
          <pfif:person>
            <pfif:person_record_id>redcross.example/p-1</pfif:person_record_id>
            <pfif:entry_date>2026-10-01T10:00:00Z</pfif:entry_date>
            <pfif:author_name>Olena Bondar</pfif:author_name>
            <pfif:author_email>o.bondar@example.org</pfif:author_email>
            <pfif:source_name>Partner Red Cross</pfif:source_name>
            <pfif:source_date>2026-10-01T09:30:00Z</pfif:source_date>
            <pfif:full_name>Бондар Андрій</pfif:full_name>
            <pfif:given_name>Андрій</pfif:given_name>
            <pfif:family_name>Бондар</pfif:family_name>
            <pfif:description>Tall, a scar on the left hand.</pfif:description>
            <pfif:sex>male</pfif:sex>
            <pfif:date_of_birth>1990-05-14</pfif:date_of_birth>
            <pfif:home_city>Суми</pfif:home_city>
            <pfif:note>
              <pfif:note_record_id>redcross.example/n-1</pfif:note_record_id>
              <pfif:person_record_id>redcross.example/p-1</pfif:person_record_id>
              <pfif:entry_date>2026-10-01T10:00:00Z</pfif:entry_date>
              <pfif:author_name>Olena Bondar</pfif:author_name>
              <pfif:source_date>2026-10-01T09:30:00Z</pfif:source_date>
              <pfif:status>information_sought</pfif:status>
              <pfif:last_known_location>Вовчанськ</pfif:last_known_location>
              <pfif:text>Last call on 2024-05-10.</pfif:text>
            </pfif:note>
          </pfif:person>
          <pfif:person>
            <pfif:person_record_id>redcross.example/p-2</pfif:person_record_id>
            <pfif:source_date>2026-10-02T09:30:00Z</pfif:source_date>
            <pfif:full_name>Ткач Іван</pfif:full_name>
            <pfif:date_of_birth>14/05/1990</pfif:date_of_birth>
          </pfif:person>
          <pfif:person>
            <pfif:person_record_id>redcross.example/p-3</pfif:person_record_id>
            <pfif:source_date>2026-10-03T09:30:00Z</pfif:source_date>
            <pfif:given_name>Nameless</pfif:given_name>
          </pfif:person>
          <pfif:note>
            <pfif:note_record_id>redcross.example/n-2</pfif:note_record_id>
            <pfif:person_record_id>redcross.example/p-1</pfif:person_record_id>
            <pfif:entry_date>2026-10-05T10:00:00Z</pfif:entry_date>
            <pfif:author_name>A neighbour</pfif:author_name>
            <pfif:source_date>2026-10-05T09:00:00Z</pfif:source_date>
            <pfif:status>believed_alive</pfif:status>
            <pfif:last_known_location>Білгород</pfif:last_known_location>
            <pfif:text>Seen in a column of prisoners.</pfif:text>
          </pfif:note>
        </pfif:pfif>
        """;

    /// <summary>The line of the element in <see cref="PartnerDocument"/> that holds <paramref name="text"/>.</summary>
    public static int LineOf(string text) =>
        PartnerDocument.Split('\n').Select((line, index) => (line, index)).First(l => l.line.Contains(text, StringComparison.Ordinal)).index + 1;

    /// <summary>
    /// The checks a PFIF 1.4 schema makes of Kinlink's output, written out (the schema itself is not in the repository):
    /// one namespace, persons with their fields in the schema's order and the mandatory ones present, notes after them.
    /// </summary>
    public static void AssertWellFormedPfif(XDocument document)
    {
        var root = document.Root!;
        Assert.Equal(Pfif + "pfif", root.Name);
        Assert.All(root.Descendants(), e => Assert.Equal(Pfif, e.Name.Namespace));
        foreach (var person in root.Elements(Pfif + "person"))
        {
            var fields = person.Elements().Where(e => e.Name != Pfif + "note").Select(e => e.Name.LocalName).ToList();
            AssertInOrder(fields, PfifInterchange.PersonFields);
            Assert.Contains("person_record_id", fields);
            Assert.Contains("source_date", fields);
            Assert.Contains("full_name", fields);
            var children = person.Elements().ToList();
            var firstNote = children.FindIndex(e => e.Name == Pfif + "note");
            Assert.True(firstNote < 0 || children.Skip(firstNote).All(e => e.Name == Pfif + "note"), "notes come after the person's fields");
            foreach (var note in person.Elements(Pfif + "note"))
            {
                var noteFields = note.Elements().Select(e => e.Name.LocalName).ToList();
                AssertInOrder(noteFields, PfifInterchange.NoteFields);
                foreach (var required in new[] { "note_record_id", "author_name", "source_date", "text" })
                {
                    Assert.Contains(required, noteFields);
                }

                Assert.Equal(person.Element(Pfif + "person_record_id")!.Value, note.Element(Pfif + "person_record_id")!.Value);
                if (note.Element(Pfif + "status") is { } status)
                {
                    Assert.Contains(status.Value, new[] { "information_sought", "is_note_author", "believed_alive", "believed_missing", "believed_dead" });
                }
            }

            foreach (var time in new[] { "entry_date", "source_date" }.Select(f => person.Element(Pfif + f)).OfType<XElement>())
            {
                Assert.Matches(@"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$", time.Value);
            }
        }
    }

    private static void AssertInOrder(IReadOnlyList<string> fields, IReadOnlyList<string> order)
    {
        var positions = fields.Select(f => order.ToList().IndexOf(f)).ToList();
        Assert.DoesNotContain(-1, positions);
        Assert.True(positions.SequenceEqual(positions.Order()) && positions.Distinct().Count() == positions.Count, $"fields out of the PFIF order: {string.Join(", ", fields)}");
    }
}
