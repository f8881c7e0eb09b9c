namespace Kinlink.Domain.Registry;

public enum PersonCategory
{
    PrisonerOfWar = 0,
    CivilianInternee = 1,
}
