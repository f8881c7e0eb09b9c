using Kinlink.Domain.Common;
using Kinlink.Domain.Exchanges;

namespace Kinlink.Domain.Tests.Exchanges;

public class MedicalRepatriationCaseTests
{
    private static readonly Actor Caseworker = new("caseworker@test.example", null);
    private static readonly DateTimeOffset Now = new(2026, 11, 27, 9, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly Proposed = new(2026, 6, 1);

    private static MedicalRepatriationCase Propose(MedicalGrounds grounds = MedicalGrounds.Incurable) =>
        MedicalRepatriationCase.Propose(PersonId.New(), grounds, "Ампутация", "Врач", Proposed, (id, text) => $"sealed:{id}:{text.Length}", Caseworker, Now);

    [Fact]
    public void The_diagnosis_is_kept_only_as_the_sealing_function_made_it()
    {
        var medicalCase = Propose();
        Assert.StartsWith("MED-", medicalCase.Reference, StringComparison.Ordinal);
        Assert.Equal($"sealed:{medicalCase.Id}:9", medicalCase.SealedDiagnosis);
        Assert.Equal(MedicalCaseStatus.Proposed, medicalCase.Status);
        var bad = Assert.Throws<ValidationFailedException>(() => MedicalRepatriationCase.Propose(PersonId.New(), (MedicalGrounds)0, " ", null, new DateOnly(2027, 1, 1), (_, t) => t, Caseworker, Now));
        Assert.Equal(["diagnosis", "grounds", "proposedOn"], bad.Errors.Keys.Order(StringComparer.Ordinal).ToArray());
    }

    [Fact]
    public void A_decision_to_repatriate_is_due_three_months_after_it_was_communicated()
    {
        var medicalCase = Propose();
        medicalCase.RecordDecision(new DateOnly(2026, 7, 1), "Госпиталь", CommissionDecision.Repatriation, null, new DateOnly(2026, 7, 5), Caseworker, Now);
        Assert.Equal((MedicalCaseStatus.Decided, (DateOnly?)new DateOnly(2026, 10, 5)), (medicalCase.Status, medicalCase.ExecutionDueBy));

        var rejected = Propose();
        rejected.RecordDecision(new DateOnly(2026, 7, 1), null, CommissionDecision.Rejection, null, new DateOnly(2026, 7, 5), Caseworker, Now);
        Assert.Null(rejected.ExecutionDueBy);
        var early = Assert.Throws<ValidationFailedException>(() => Propose().RecordDecision(Proposed.AddDays(-1), null, CommissionDecision.Pending, null, Proposed.AddDays(-2), Caseworker, Now));
        Assert.Equal(["decision", "decisionCommunicatedOn", "examinedOn"], early.Errors.Keys.Order(StringComparer.Ordinal).ToArray());
    }

    [Fact]
    public void Nobody_is_repatriated_without_a_yes_from_a_private_interview_and_a_closed_case_stays_closed()
    {
        var medicalCase = Propose();
        medicalCase.RecordDecision(new DateOnly(2026, 7, 1), null, CommissionDecision.NeutralAccommodation, null, null, Caseworker, Now);
        Assert.Equal("wish", Assert.Throws<DomainRuleException>(() => medicalCase.CarryOut(new DateOnly(2026, 11, 1), Caseworker, Now)).Field);
        Assert.Equal("heldInPrivate", Assert.Throws<ValidationFailedException>(() => medicalCase.RecordWish(RepatriationWish.Yes, false, Caseworker, Now)).Errors.Keys.Single());
        Assert.Equal("wish", Assert.Throws<ValidationFailedException>(() => medicalCase.RecordWish(RepatriationWish.NotAsked, true, Caseworker, Now)).Errors.Keys.Single());
        medicalCase.RecordWish(RepatriationWish.Yes, true, Caseworker, Now);
        Assert.Equal("carriedOutOn", Assert.Throws<ValidationFailedException>(() => medicalCase.CarryOut(new DateOnly(2026, 6, 2), Caseworker, Now)).Errors.Keys.Single());
        medicalCase.CarryOut(new DateOnly(2026, 11, 1), Caseworker, Now);
        Assert.Equal((MedicalCaseStatus.Repatriated, (DateOnly?)new DateOnly(2026, 11, 1)), (medicalCase.Status, medicalCase.CarriedOutOn));
        Assert.Equal("status", Assert.Throws<DomainRuleException>(() => medicalCase.Close("late", Caseworker, Now)).Field);

        var declined = Propose();
        Assert.Equal("decision", Assert.Throws<DomainRuleException>(() => declined.CarryOut(new DateOnly(2026, 11, 1), Caseworker, Now)).Field);
        Assert.Equal("note", Assert.Throws<ValidationFailedException>(() => declined.Close(" ", Caseworker, Now)).Errors.Keys.Single());
        declined.Close("The person said no.", Caseworker, Now);
        Assert.Equal(MedicalCaseStatus.Closed, declined.Status);
        Assert.Equal("status", Assert.Throws<DomainRuleException>(() => declined.RecordWish(RepatriationWish.Yes, true, Caseworker, Now)).Field);
    }
}
