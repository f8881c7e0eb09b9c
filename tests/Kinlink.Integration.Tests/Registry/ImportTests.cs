using System.Security.Cryptography;
using System.Text;
using Kinlink.Data.Registry;
using Kinlink.Domain.Common;
using Kinlink.Domain.Registry;
using Kinlink.Testing;
using Microsoft.EntityFrameworkCore;
using static Kinlink.Integration.Tests.Registry.RegistrySeed;

namespace Kinlink.Integration.Tests.Registry;

public sealed class ImportTests
{
    private const string Header = "intermediary_ref,service_number,surname,given_name,patronymic,sex,date_of_birth,depends_on,category,place,event,event_date,note";

    [SkippableTheory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task A_valid_CSV_with_BOM_registers_the_persons_and_keeps_the_list_as_a_source(DatabaseKind kind)
    {
        await using var database = await CreateAsync(kind);
        var clock = NewClock();
        var csv = Header + "\r\n"
            + ",UA 100 200,Коваленко,Олександр,Миколайович,M,1994-03-12,UA,pow,RU-CAMP-01,captured,2026-10-01,taken near Kupiansk\r\n"
            + ",UA-100-201,Бондар,Петро,,M,1990,ua,internee,RU-CAMP-01,,,\r\n";
        var bytes = Encoding.UTF8.Preamble.ToArray().Concat(Encoding.UTF8.GetBytes(csv)).ToArray();

        var report = await ImportBytesAsync(database, clock, bytes, "C:\\lists\\ru-2026-11-20.csv");

        Assert.Empty(report.Errors);
        Assert.NotNull(report.SourceListId);
        Assert.Equal((2, 2, 0, 2, 0, 2), (report.RowsTotal, report.RowsAccepted, report.RowsRejected, report.PersonsCreated, report.PersonsUpdated, report.EventsAdded));

        var kovalenko = await PersonAsync(database, "UA100200");
        Assert.Equal(("Коваленко", "Олександр", "Миколайович"), (kovalenko.Surname, kovalenko.GivenName, kovalenko.Patronymic));
        Assert.Equal("1994-03-12", kovalenko.DateOfBirth?.ToString());
        Assert.Equal(PersonStatus.Held, kovalenko.CurrentStatus);
        Assert.Equal(RuCamp, await PlaceCodeAsync(database, kovalenko.CurrentPlaceId));
        var captured = Assert.Single(kovalenko.Events);
        Assert.Equal((StatusEventKind.Captured, "2026-10-01", "taken near Kupiansk", "list of 2026-11-20"), (captured.Kind, captured.Date.ToString(), captured.Note, captured.SourceLabel));
        Assert.Equal(report.SourceListId, captured.SourceListId);
        var form = Assert.Single(kovalenko.NameForms);
        Assert.Equal((report.SourceListId, "list of 2026-11-20", NameScriptKind.Cyrillic), (form.SourceListId, form.SourceLabel, form.Script));

        // A place without an event: the detaining party notifies that it holds the person there, dated the day of import.
        var bondar = await PersonAsync(database, "UA-100-201");
        Assert.Equal(PersonCategory.CivilianInternee, bondar.Category);
        var notified = Assert.Single(bondar.Events);
        Assert.Equal((StatusEventKind.Notified, "2026-11-27"), (notified.Kind, notified.Date.ToString()));
        Assert.Equal(RuCamp, await PlaceCodeAsync(database, bondar.CurrentPlaceId));

        await using var db = database.NewContext();
        var list = await new ImportService(db, clock, TestAudit.For(db)).GetAsync(report.SourceListId!.Value, Caseworker);
        var ru = await db.Parties.SingleAsync(p => p.Code == "RU");
        Assert.Equal(("ru-2026-11-20.csv", "list of 2026-11-20", ru.Id, "caseworker.anna", clock.GetUtcNow()), (list.FileName, list.Label, list.PartyId, list.ImportedBy, list.ImportedAt));
        Assert.Equal((2, 2, 0, 2, 0, 2), (list.RowsTotal, list.RowsAccepted, list.RowsRejected, list.PersonsCreated, list.PersonsUpdated, list.EventsAdded));
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(bytes)), list.ContentHash);
    }

    [SkippableTheory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task A_semicolon_CSV_with_headers_in_any_case_is_read(DatabaseKind kind)
    {
        await using var database = await CreateAsync(kind);
        var csv = "Service Number;SURNAME;Given-Name;Date_of_Birth;Depends-On;Place\n"
            + "AB-1;Ivanenko;Taras;1988-07;UA;RU-CAMP-01\n"
            + "AB-2;Petrenko;Olha;1999;UA;RU-HOSP-02\n";

        var report = await ImportAsync(database, NewClock(), csv);

        Assert.Empty(report.Errors);
        Assert.Equal(2, report.PersonsCreated);
        var olha = await PersonAsync(database, "AB-2");
        Assert.Equal(("Petrenko", "Olha", "1999"), (olha.Surname, olha.GivenName, olha.DateOfBirth?.ToString()));
        Assert.Equal(RuHospital, await PlaceCodeAsync(database, olha.CurrentPlaceId));
        Assert.Equal("1988-07", (await PersonAsync(database, "AB-1")).DateOfBirth?.ToString());
    }

    [SkippableTheory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task Quoted_fields_keep_commas_quotes_and_line_breaks_and_later_rows_keep_their_line_numbers(DatabaseKind kind)
    {
        await using var database = await CreateAsync(kind);
        var csv = "service_number,surname,given_name,depends_on,inform_name,inform_address,sex\r\n"
            + "S-1,Шевченко,Іван,UA,\"Шевченко, Ганна \"\"Мама\"\"\",\"Харків, вул. Сумська 1\r\nкв. 5\",M\r\n"
            + "S-2,Мороз,Павло,UA,,,X\r\n";

        var report = await ImportAsync(database, NewClock(), csv);

        var shevchenko = await PersonAsync(database, "S-1");
        Assert.Equal("Шевченко, Ганна \"Мама\"", shevchenko.InformName);
        Assert.Equal("Харків, вул. Сумська 1\nкв. 5", shevchenko.InformAddress);
        Assert.Equal(Sex.Male, shevchenko.Sex);
        // The first data row spans lines 2 and 3, so the second starts on line 4.
        AssertError(report, 4, "sex", "'X' is not a sex");
        Assert.Single(report.Errors);
        Assert.Equal((2, 1, 1), (report.RowsTotal, report.RowsAccepted, report.RowsRejected));
    }

    [SkippableTheory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task An_XLSX_workbook_is_read_from_its_first_sheet_with_sparse_rows_and_date_cells(DatabaseKind kind)
    {
        await using var database = await CreateAsync(kind);
        var bytes = XlsxBuilder.PersonList();

        var report = await ImportBytesAsync(database, NewClock(), bytes, "list.xlsx");

        AssertError(report, 5, "date_of_birth", "'12/03/1994' is not a date");
        Assert.Single(report.Errors);
        Assert.Equal((3, 2, 1, 2, 2), (report.RowsTotal, report.RowsAccepted, report.RowsRejected, report.PersonsCreated, report.EventsAdded));

        var kovalenko = await PersonAsync(database, "123456");
        Assert.Equal(("Коваленко", "Олександр", "1994-03-12"), (kovalenko.Surname, kovalenko.GivenName, kovalenko.DateOfBirth?.ToString()));
        var captured = Assert.Single(kovalenko.Events);
        Assert.Equal((StatusEventKind.Captured, "2026-10-01"), (captured.Kind, captured.Date.ToString()));
        Assert.Equal(RuCamp, await PlaceCodeAsync(database, kovalenko.CurrentPlaceId));

        await using var db = database.NewContext();
        var sparse = await db.Persons.SingleAsync(p => p.Surname == "Мельник");
        Assert.Equal(("Андрій", null), (sparse.GivenName, sparse.ServiceNumber));
        Assert.Equal(RuHospital, await PlaceCodeAsync(database, sparse.CurrentPlaceId));
    }

    [SkippableTheory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task Every_bad_row_is_named_by_line_column_and_reason_and_the_good_rows_are_stored(DatabaseKind kind)
    {
        await using var database = await CreateAsync(kind);
        var clock = NewClock();
        // A person recorded as dead, for the impossible transfer below.
        await ImportAsync(database, clock,
            Header + "\n,UA-200,Лисенко,Микола,,M,1985,UA,,RU-CAMP-01,captured,2026-09-01,\n,UA-200,,,,,,UA,,,died,2026-10-01,\n",
            source: "death notice");
        var unknownReference = IntermediaryReference.NewRandom();
        var csv = Header + "\n"
            + ",UA-100,Коваленко,Олександр,,M,1994-03-12,UA,,RU-CAMP-01,captured,2026-10-01,\n" // 2: good
            + ",UA-101,Бондар,Петро,,X,1990-01-01,UA,,,,,\n"                                   // 3: sex
            + ",UA-102,Шевчук,Іван,,M,1990-13-01,UA,,,,,\n"                                    // 4: date of birth
            + ",UA-103,Мельник,Андрій,,M,1991,ZZ,,,,,\n"                                       // 5: party
            + ",UA-104,Ткаченко,Олег,,M,1992,UA,,NOWHERE,,,\n"                                 // 6: place
            + ",UA-105,Кравченко,Юрій,,M,1993,UA,,RU-CAMP-01,vanished,2026-10-02,\n"           // 7: event
            + ",UA-106,Олійник,Василь,,M,1993,UA,,RU-CAMP-01,captured,,\n"                     // 8: event date
            + ",,,Степан,,M,1990,UA,,,,,\n"                                                    // 9: surname
            + $"{unknownReference},,,,,,,,,,died,2026-10-03,\n"                                // 10: unknown reference
            + "KL-0000-000,,,,,,,,,,died,2026-10-03,\n"                                        // 11: malformed reference
            + ",UA-200,,,,,,UA,,RU-HOSP-02,transferred,2026-10-05,\n"                          // 12: transfer after death
            + ",UA-107,Гончар,Ігор,,W,199,UA,,,,,\n"                                           // 13: two errors
            + ",UA-999,,,,,,UA,,,released,2026-10-05,\n";                                      // 14: unknown service number
        var before = await CountAsync(database);

        var report = await ImportAsync(database, clock, csv);

        AssertError(report, 3, "sex", "'X' is not a sex");
        AssertError(report, 4, "date_of_birth", "'1990-13-01' is not a valid date");
        AssertError(report, 5, "depends_on", "'ZZ' is not a known party code");
        AssertError(report, 6, "place", "'NOWHERE' is not a known place-of-detention code");
        AssertError(report, 7, "event", "'vanished' is not an event");
        AssertError(report, 8, "event_date", "The date of the event is required");
        AssertError(report, 9, "surname", "The surname is required");
        AssertError(report, 10, "intermediary_ref", $"No person with reference {unknownReference} is registered");
        AssertError(report, 11, "intermediary_ref", "'KL-0000-000' is not a Kinlink reference");
        AssertError(report, 12, "event", "recorded as dead on 2026-10-01");
        AssertError(report, 13, "sex", "'W' is not a sex");
        AssertError(report, 13, "date_of_birth", "'199' is not a date");
        AssertError(report, 14, "service_number", "No person of party UA with service number UA-999 is registered");
        Assert.Equal(13, report.Errors.Count);
        Assert.Equal((13, 1, 12, 1, 0, 1), (report.RowsTotal, report.RowsAccepted, report.RowsRejected, report.PersonsCreated, report.PersonsUpdated, report.EventsAdded));
        Assert.False(report.FileRejected);

        var after = await CountAsync(database);
        Assert.Equal((before.Persons + 1, before.Events + 1, before.SourceLists + 1), (after.Persons, after.Events, after.SourceLists));
        var dead = await PersonAsync(database, "UA-200");
        Assert.Equal((PersonStatus.Dead, 2), (dead.CurrentStatus, dead.Events.Count));
    }

    [SkippableTheory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task Rows_that_say_too_much_or_too_little_about_an_event_or_spill_past_the_header_are_refused(DatabaseKind kind)
    {
        await using var database = await CreateAsync(kind);
        var csv = "service_number,surname,depends_on,inform_address,place,event,event_date,note\n"
            + "E-1,Коваленко,UA,Харків, вул. Сумська 1,RU-CAMP-01,captured,2026-10-01,taken\n" // 2: unquoted comma shifts the row
            + "E-2,Бондар,UA,,,,2026-10-01,\n"                    // 3: a date without an event
            + "E-3,Мороз,UA,,,,,wounded\n"                        // 4: a note with neither event nor place
            + "E-4,Гнатюк,UA,,RU-CAMP-01,captured,2026-12-25,\n"  // 5: an event in the future
            + "E-5,Шевчук,UA,,RU-CAMP-01,,,arrived wounded\n";    // 6: good, the note goes with the notification

        var report = await ImportAsync(database, NewClock(), csv);

        AssertError(report, 2, "column 9", "'taken' stands beyond the last named column");
        AssertError(report, 2, "place", "'вул. Сумська 1' is not a known place");
        AssertError(report, 3, "event", "given without the event");
        AssertError(report, 4, "note", "A note belongs to an event");
        AssertError(report, 5, "event_date", "in the future");
        Assert.Equal(3, report.Errors.Count(e => e.Line > 2));
        Assert.Equal((5, 1, 4), (report.RowsTotal, report.RowsAccepted, report.RowsRejected));
        var shevchuk = await PersonAsync(database, "E-5");
        Assert.Equal((StatusEventKind.Notified, "arrived wounded"), (shevchuk.Events.Single().Kind, shevchuk.Events.Single().Note));
        Assert.Equal(1, (await CountAsync(database)).Persons);
    }

    [SkippableTheory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task A_list_whose_rows_are_all_refused_is_not_kept(DatabaseKind kind)
    {
        await using var database = await CreateAsync(kind);

        var report = await ImportAsync(database, NewClock(), "surname,sex\nIvanenko,Q\n,M\n");

        Assert.Null(report.SourceListId);
        Assert.Equal((2, 0, 2), (report.RowsTotal, report.RowsAccepted, report.RowsRejected));
        AssertError(report, 2, "sex", "'Q' is not a sex");
        AssertError(report, 3, "surname", "The surname is required");
        Assert.Equal(new Counts(0, 0, 0, 0, 0), await CountAsync(database));
    }

    [SkippableTheory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task Header_problems_refuse_the_whole_file(DatabaseKind kind)
    {
        await using var database = await CreateAsync(kind);
        var clock = NewClock();

        var unknown = await ImportAsync(database, clock, "surname,nickname,given_name,Surname\nIvanenko,Vanya,Ivan,Ivanenko\n");
        AssertError(unknown, 1, "nickname", "'nickname' is not a column");
        AssertError(unknown, 1, "Surname", "appears twice");
        Assert.True(unknown.FileRejected);
        Assert.Null(unknown.SourceListId);

        var headerless = await ImportAsync(database, clock, "Ivanenko,Ivan,1990-01-01\nPetrenko,Petro,1991-02-02\n");
        AssertError(headerless, 1, "", "The first line is not a header");
        Assert.Single(headerless.Errors);

        var headerOnly = await ImportAsync(database, clock, "surname,given_name\r\n\r\n , \r\n");
        AssertError(headerOnly, 0, "file", "no rows of persons");

        var empty = await ImportAsync(database, clock, "", bom: true);
        AssertError(empty, 0, "file", "The file is empty");

        var blankFirstLine = await ImportAsync(database, clock, "\nsurname\nIvanenko\n");
        AssertError(blankFirstLine, 1, "", "The first line must be the header");

        Assert.Equal(new Counts(0, 0, 0, 0, 0), await CountAsync(database));
    }

    [SkippableTheory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task Files_that_are_not_lists_are_refused_with_a_reason(DatabaseKind kind)
    {
        await using var database = await CreateAsync(kind);
        var clock = NewClock();
        var cases = new (string FileName, byte[] Bytes, string Reason)[]
        {
            ("list.pdf", Encoding.ASCII.GetBytes("%PDF-1.7\nsurname\nIvanenko\n"), "Files of type '.pdf' are not read"),
            ("list.csv", Encoding.ASCII.GetBytes("%PDF-1.7\nsurname\nIvanenko\n"), "PDF document"),
            ("list.xlsx", [.. "PK\u0003\u0004"u8, .. RandomNumberGenerator.GetBytes(200)], "not a readable Excel workbook"),
            ("list.xls", [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1], "Old Excel files (.xls)"),
            ("list.csv", Encoding.Latin1.GetBytes("surname\nMüller\n"), "not UTF-8 text"),
            ("list.csv", Encoding.UTF8.GetBytes("surname,inform_address\nIvanenko,\"Kharkiv\n"), "starts on line 2 is never closed"),
        };

        foreach (var (fileName, bytes, reason) in cases)
        {
            var report = await ImportBytesAsync(database, clock, bytes, fileName);
            AssertError(report, 0, "file", reason);
            Assert.Single(report.Errors);
            Assert.True(report.FileRejected);
            Assert.Null(report.SourceListId);
        }

        Assert.Equal(new Counts(0, 0, 0, 0, 0), await CountAsync(database));
    }

    [SkippableTheory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task An_unknown_sending_party_or_no_source_refuses_the_file(DatabaseKind kind)
    {
        await using var database = await CreateAsync(kind);
        var clock = NewClock();

        var party = await ImportAsync(database, clock, "surname\nIvanenko\n", party: "XX");
        AssertError(party, 0, "party", "'XX' is not a party to the conflict");
        AssertError(party, 0, "party", "(RU, UA)");

        // The intermediary itself does not send detaining-party lists.
        var intermediary = await ImportAsync(database, clock, "surname\nIvanenko\n", party: "CTA");
        AssertError(intermediary, 0, "party", "'CTA' is not a party to the conflict");

        var source = await ImportAsync(database, clock, "surname\nIvanenko\n", source: "  ");
        AssertError(source, 0, "source", "Name the source");

        Assert.Equal(new Counts(0, 0, 0, 0, 0), await CountAsync(database));
    }

    [SkippableTheory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task Importing_the_same_list_again_adds_nothing_but_records_that_it_was_received(DatabaseKind kind)
    {
        await using var database = await CreateAsync(kind);
        var clock = NewClock();
        var csv = Header + "\n"
            + ",UA-100,Коваленко,Олександр,,M,1994-03-12,UA,,RU-CAMP-01,captured,2026-10-01,\n"
            + ",UA-101,Бондар,Петро,,M,1990,UA,,RU-CAMP-01,,,\n"
            + ",,Мороз,Павло,,M,1991-05,UA,,,,,\n"
            + ",,Гнатюк,Семен,,,,,,,,,\n";
        var first = await ImportAsync(database, clock, csv);
        var afterFirst = await CountAsync(database);
        clock.Advance(TimeSpan.FromDays(1)); // received again the next day

        var second = await ImportAsync(database, clock, csv);

        Assert.Equal((4, 0, 0, 0), (first.PersonsCreated, first.PersonsUpdated, first.RowsRejected, first.Errors.Count));
        Assert.Equal((4, 4, 0, 0, 0, 0), (second.RowsTotal, second.RowsAccepted, second.RowsRejected, second.PersonsCreated, second.PersonsUpdated, second.EventsAdded));
        Assert.NotNull(second.SourceListId);
        Assert.NotEqual(first.SourceListId, second.SourceListId);
        var afterSecond = await CountAsync(database);
        Assert.Equal(afterFirst with { SourceLists = afterFirst.SourceLists + 1 }, afterSecond);

        await using var db = database.NewContext();
        var lists = await db.SourceLists.AsNoTracking().ToListAsync();
        Assert.Single(lists.Select(l => l.ContentHash).Distinct());
        var again = lists.Single(l => l.Id == second.SourceListId);
        Assert.Equal((4, 4, 0, 0, 0), (again.RowsTotal, again.RowsAccepted, again.PersonsCreated, again.PersonsUpdated, again.EventsAdded));
    }

    [SkippableTheory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task A_row_with_a_known_service_number_adds_its_spelling_to_that_person_instead_of_a_duplicate(DatabaseKind kind)
    {
        await using var database = await CreateAsync(kind);
        var clock = NewClock();
        await ImportAsync(database, clock, "service_number,surname,given_name,depends_on,category,rank\nUA 555,Коваленко,Олександр,UA,internee,\n", source: "RU list 1");

        var report = await ImportAsync(database, clock, "service_number,surname,given_name,depends_on,rank\nua555,Kovalenko,Oleksandr,UA,sergeant\n", source: "UA enquiry");

        Assert.Equal((0, 1), (report.PersonsCreated, report.PersonsUpdated));
        var person = await PersonAsync(database, "UA555");
        Assert.Equal(("Коваленко", "sergeant"), (person.Surname, person.Rank));
        Assert.Equal(PersonCategory.CivilianInternee, person.Category); // an empty category keeps the one known
        Assert.Equal(
            new[] { ("Kovalenko", NameScriptKind.Latin, "UA enquiry"), ("Коваленко", NameScriptKind.Cyrillic, "RU list 1") },
            person.NameForms.Select(f => (f.Surname, f.Script, f.SourceLabel)).OrderBy(f => f.Surname, StringComparer.Ordinal));
        Assert.Equal(1, (await CountAsync(database)).Persons);
    }

    [SkippableTheory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task An_event_list_for_known_persons_applies_transfer_then_death_and_refuses_what_follows_death(DatabaseKind kind)
    {
        await using var database = await CreateAsync(kind);
        var clock = NewClock();
        await ImportAsync(database, clock, Header + "\n,UA-1,Коваленко,Олександр,,M,1994,UA,,RU-CAMP-01,captured,2026-09-01,\n,UA-2,Бондар,Петро,,M,1990,UA,,RU-CAMP-01,captured,2026-09-02,\n");
        Person bondar;
        await using (var db = database.NewContext())
        {
            bondar = await db.Persons.AsNoTracking().SingleAsync(p => p.ServiceNumber == "UA-2");
        }

        var events = "intermediary_ref,service_number,depends_on,event,event_date,place,note\n"
            + ",UA-1,UA,transferred,2026-10-01,RU-HOSP-02,\n"
            + ",UA-1,UA,died,2026-10-15,,of wounds\n"
            + $"{bondar.Reference.Value.ToLowerInvariant().Replace("-", "", StringComparison.Ordinal)},,,released,2026-10-20,,exchange\n"
            + ",UA-1,UA,transferred,2026-10-20,RU-CAMP-01,\n";

        var report = await ImportAsync(database, clock, events, source: "events of 2026-10");

        AssertError(report, 5, "event", "recorded as dead on 2026-10-15");
        Assert.Single(report.Errors);
        Assert.Equal((4, 3, 1, 0, 2, 3), (report.RowsTotal, report.RowsAccepted, report.RowsRejected, report.PersonsCreated, report.PersonsUpdated, report.EventsAdded));
        var kovalenko = await PersonAsync(database, "UA-1");
        Assert.Equal(PersonStatus.Dead, kovalenko.CurrentStatus);
        Assert.Equal(
            new[] { StatusEventKind.Captured, StatusEventKind.Transferred, StatusEventKind.Died },
            Timeline.Ordered(kovalenko.Events).Select(e => e.Kind));
        Assert.Single(kovalenko.NameForms); // an event row adds no spelling
        Assert.Equal("of wounds", kovalenko.Events.Single(e => e.Kind == StatusEventKind.Died).Note);
        Assert.Equal(PersonStatus.Released, (await PersonAsync(database, "UA-2")).CurrentStatus);
    }

    [SkippableTheory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task Two_rows_about_one_new_person_make_one_person_with_both_applied(DatabaseKind kind)
    {
        await using var database = await CreateAsync(kind);
        var csv = Header + "\n"
            + ",UA-7,Коваленко,Олександр,,M,1994,UA,,RU-CAMP-01,captured,2026-09-01,\n"
            + ",UA-7,Kovalenko,Oleksandr,,,,UA,,RU-HOSP-02,hospitalised,2026-09-20,\n"
            + ",,Мороз,Павло,,M,1991-05,UA,,,,,\n"
            + ",,Мороз,Павло,,,1991-05,UA,,RU-CAMP-01,,,\n";

        var report = await ImportAsync(database, NewClock(), csv);

        Assert.Equal((4, 2, 0, 3), (report.RowsAccepted, report.PersonsCreated, report.PersonsUpdated, report.EventsAdded));
        var person = await PersonAsync(database, "UA-7");
        Assert.Equal((PersonStatus.InHospital, 2, 2), (person.CurrentStatus, person.Events.Count, person.NameForms.Count));
        Assert.Equal(2, (await CountAsync(database)).Persons);
    }

    [SkippableTheory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task Without_reference_or_service_number_a_person_is_matched_only_by_name_birth_date_and_party(DatabaseKind kind)
    {
        await using var database = await CreateAsync(kind);
        var clock = NewClock();
        await ImportAsync(database, clock, "surname,given_name,patronymic,date_of_birth,depends_on\nМороз,Павло,Іванович,1991-05-02,UA\n");

        var report = await ImportAsync(database, clock,
            "surname,given_name,patronymic,date_of_birth,depends_on,rank\n"
            + "МОРОЗ,павло,ІВАНОВИЧ,1991-05-02,UA,солдат\n" // same person, other case
            + "Мороз,Павло,Іванович,1991-05-03,UA,\n"       // another birth date: another person
            + "Мороз,Павло,Іванович,1991-05-02,RU,\n");     // another party: another person

        Assert.Equal((2, 1), (report.PersonsCreated, report.PersonsUpdated));
        await using var db = database.NewContext();
        var first = await db.Persons.AsNoTracking().Include(p => p.NameForms).SingleAsync(p => p.Rank == "солдат");
        Assert.Equal(("Мороз", "1991-05-02"), (first.Surname, first.DateOfBirth?.ToString()));
        Assert.Single(first.NameForms); // same spelling ignoring case: no new form
        Assert.Equal(3, await db.Persons.CountAsync());
    }

    [SkippableTheory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task A_service_number_held_by_another_person_refuses_the_row_instead_of_failing_the_list(DatabaseKind kind)
    {
        await using var database = await CreateAsync(kind);
        var clock = NewClock();
        await ImportAsync(database, clock, "service_number,surname,depends_on\nN-1,Коваленко,UA\nN-2,Бондар,UA\n");
        var kovalenko = await PersonAsync(database, "N-1");

        var report = await ImportAsync(database, clock,
            $"intermediary_ref,service_number,surname,depends_on\n{kovalenko.Reference},N-2,,UA\n,N-3,Мороз,UA\n");

        AssertError(report, 2, "service_number", $"is registered as {(await PersonAsync(database, "N-2")).Reference}, not as {kovalenko.Reference}");
        Assert.Equal((1, 1), (report.RowsAccepted, report.PersonsCreated));
        Assert.Equal("N-1", (await PersonAsync(database, "N-1")).ServiceNumber);
    }

    [SkippableTheory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task A_failure_mid_file_leaves_nothing_behind(DatabaseKind kind)
    {
        await using var database = await CreateAsync(kind);
        var clock = NewClock();
        await ImportAsync(database, clock, Header + "\n,UA-1,Коваленко,Олександр,,M,1994,UA,,RU-CAMP-01,captured,2026-09-01,\n");
        var before = await CountAsync(database);
        var csv = Header + "\n"
            + ",UA-1,Kovalenko,Oleksandr,,,,UA,,RU-HOSP-02,transferred,2026-10-01,\n"
            + ",UA-2,Бондар,Петро,,M,1990,UA,,RU-CAMP-01,captured,2026-10-02,\n"
            + ",UA-3,Мороз,Павло,,M,1991,UA,,RU-CAMP-01,,,\n"
            + ",UA-4,Гнатюк,Семен,,M,1992,UA,,RU-CAMP-01,,,\n"
            + ",UA-5,Шевчук,Іван,,M,1993,UA,,RU-CAMP-01,,,\n"
            + ",UA-6,Ткаченко,Олег,,M,1994,UA,,RU-CAMP-01,,,\n";
        var storedBeforeFailure = -1;

        await using (var db = database.NewContext())
        {
            var service = new ImportService(db, clock, TestAudit.For(db))
            {
                BatchSize = 2,
                AfterRowHook = async line =>
                {
                    if (line == 6)
                    {
                        // Two batches have been saved inside the transaction by now; the third is half applied.
                        storedBeforeFailure = await db.Persons.CountAsync();
                        throw new InvalidOperationException("disk full");
                    }
                },
            };
            using var stream = new MemoryStream(Encoding.UTF8.GetBytes(csv));
            var ex = await Assert.ThrowsAsync<InvalidOperationException>(() => service.ImportPersonsAsync(stream, "list.csv", "RU", "list", Caseworker));
            Assert.Equal("disk full", ex.Message);
        }

        Assert.Equal(before.Persons + 3, storedBeforeFailure);
        Assert.Equal(before, await CountAsync(database));
        var kovalenko = await PersonAsync(database, "UA-1");
        Assert.Equal((1, 1, RuCamp), (kovalenko.Events.Count, kovalenko.NameForms.Count, await PlaceCodeAsync(database, kovalenko.CurrentPlaceId)));
    }

    [SkippableTheory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task Imports_are_listed_newest_first_and_an_unknown_one_is_not_found(DatabaseKind kind)
    {
        await using var database = await CreateAsync(kind);
        var clock = NewClock();
        var first = await ImportAsync(database, clock, "surname\nIvanenko\n", source: "first");
        clock.Advance(TimeSpan.FromHours(1));
        var second = await ImportAsync(database, clock, "surname\nPetrenko\n", source: "second");
        clock.Advance(TimeSpan.FromHours(1));
        var third = await ImportAsync(database, clock, "surname\nSydorenko\n", source: "third");

        await using var db = database.NewContext();
        var service = new ImportService(db, clock, TestAudit.For(db));
        var page = await service.ListAsync(1, 2, Caseworker);
        Assert.Equal((3, 2), (page.Total, page.PageCount));
        Assert.Equal(new[] { third.SourceListId, second.SourceListId }, page.Items.Select(s => (SourceListId?)s.Id));
        var rest = await service.ListAsync(2, 2, Caseworker);
        Assert.Equal(first.SourceListId, Assert.Single(rest.Items).Id);
        await Assert.ThrowsAsync<NotFoundException>(() => service.GetAsync(SourceListId.New(), Caseworker));
        await Assert.ThrowsAsync<ValidationFailedException>(() => service.ListAsync(0, 10, Caseworker));
    }
}
