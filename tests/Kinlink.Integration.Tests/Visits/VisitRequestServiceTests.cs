using Kinlink.Data.Registry;
using Kinlink.Data.Visits;
using Kinlink.Domain.Common;
using Kinlink.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Kinlink.Integration.Tests.Visits;

public sealed class VisitRequestServiceTests
{
    private static readonly Actor Caseworker = new("caseworker@test.example", null);

    private static VisitRequestInput Request(string person) => new()
    {
        Party = "RU", Place = TestRegistry.CampRu, ProposedFrom = "2026-12-10", ProposedTo = "2026-12-12", Purpose = "Conditions",
        Persons = [new VisitRequestPersonInput { PersonId = person }],
    };

    [SkippableTheory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task The_wait_for_an_answer_is_the_configured_number_of_days(DatabaseKind kind)
    {
        await using var world = await VisitWorld.StartAsync(kind);
        await using var scope = world.App.Factory.Services.CreateAsyncScope();
        var threeDays = ActivatorUtilities.CreateInstance<VisitRequestService>(scope.ServiceProvider, new VisitSettings(AnswerDueDays: 3, RevisitDays: 90));
        var usual = scope.ServiceProvider.GetRequiredService<VisitRequestService>();
        var created = await threeDays.CreateAsync(Request(world.Kovalenko.Reference.Value), Caseworker);
        var reference = created.Request.Reference;
        Assert.Equal(created.Request.SentAt.AddDays(3), created.AnswerDueAt);

        world.App.Factory.Clock.Advance(TimeSpan.FromDays(3) + TimeSpan.FromMinutes(1));

        Assert.True((await threeDays.GetAsync(reference, Caseworker)).IsOverdue);
        Assert.Equal(reference, Assert.Single((await threeDays.ListAsync(new VisitRequestQuery(OverdueOnly: true), Caseworker)).Items).Reference);
        Assert.False((await usual.GetAsync(reference, Caseworker)).IsOverdue);
        Assert.Empty((await usual.ListAsync(new VisitRequestQuery(OverdueOnly: true), Caseworker)).Items);
    }

    [SkippableTheory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task Only_the_intermediarys_staff_ask_and_only_the_partys_officer_answers(DatabaseKind kind)
    {
        await using var world = await VisitWorld.StartAsync(kind);
        await using var scope = world.App.Factory.Services.CreateAsyncScope();
        var service = scope.ServiceProvider.GetRequiredService<VisitRequestService>();
        var reference = (await service.CreateAsync(Request(world.Kovalenko.Reference.Value), Caseworker)).Request.Reference;

        await Assert.ThrowsAsync<ForbiddenException>(() => service.CreateAsync(Request(world.Kovalenko.Reference.Value), new Actor("liaison", "RU")));
        await Assert.ThrowsAsync<ForbiddenException>(() => service.CreateAsync(Request(world.Kovalenko.Reference.Value), Actor.PublicEnquiryForm));
        await Assert.ThrowsAsync<ForbiddenException>(() => service.ListAsync(new VisitRequestQuery(), Actor.PublicEnquiryForm));
        await Assert.ThrowsAsync<ForbiddenException>(() => service.AnswerAsync(reference, new VisitAnswerInput { Outcome = "refused", Reason = "no", Version = 0 }, Caseworker));
        await Assert.ThrowsAsync<ForbiddenException>(() => service.WorklistAsync(new VisitWorklistFilter { Party = "RU" }, null, null, new Actor("liaison", "RU")));
        await Assert.ThrowsAsync<NotFoundException>(() => service.AnswerAsync(reference, new VisitAnswerInput { Outcome = "refused", Reason = "no", Version = 0 }, new Actor("liaison", "UA")));

        var answered = await service.AnswerAsync(reference, new VisitAnswerInput { Outcome = "refused", Reason = "Карантин", Version = 0 }, new Actor("liaison", "RU"));
        Assert.Equal(Domain.Visits.VisitRequestStatus.Refused, answered.Request.Status);
    }

    [SkippableTheory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task A_person_not_held_now_is_refused_with_the_line_named(DatabaseKind kind)
    {
        await using var world = await VisitWorld.StartAsync(kind);
        await using var scope = world.App.Factory.Services.CreateAsyncScope();
        var unplaced = await scope.ServiceProvider.GetRequiredService<PersonService>().RegisterAsync(new PersonInput { Category = "pow", Surname = "Ткаченко", GivenName = "Олег" }, Actor.System);
        var service = scope.ServiceProvider.GetRequiredService<VisitRequestService>();

        var failure = await Assert.ThrowsAsync<ValidationFailedException>(() => service.CreateAsync(
            Request(world.Kovalenko.Reference.Value) with { Persons = [new() { PersonId = world.Kovalenko.Reference.Value }, new() { PersonId = unplaced.Reference.Value }, new() { PersonId = world.Kovalenko.Reference.Value }] },
            Caseworker));

        Assert.Contains("not held now", failure.Errors["persons[1].personId"][0], StringComparison.Ordinal);
        Assert.Contains("named twice", failure.Errors["persons[2].personId"][0], StringComparison.Ordinal);
        Assert.False(failure.Errors.ContainsKey("persons[0].personId"));
    }
}
