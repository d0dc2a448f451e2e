namespace Passerelle.Tests.Support;

/// <summary>Each demo login of Maine-et-Loire and the home page ("espace") it must land on.</summary>
public static class EspacesDeDemo
{
    public static TheoryData<string, string> Tous => new()
    {
        { "agent@49", "Espace agent départemental" },
        { "agent-territoire@49", "Espace agent départemental" },
        { "referent@49", "Espace référent" },
        { "responsable@49", "Espace responsable de structure" },
        { "operateur@49", "Espace opérateur" },
        { "pilote@49", "Espace pilotage" },
        { "membre-ep@49", "Espace équipe pluridisciplinaire" },
        { "lecteur@49", "Espace statistiques" },
        { "beneficiaire@49", "Mon espace" },
        { "admin@49", "Espace administrateur" },
    };
}
