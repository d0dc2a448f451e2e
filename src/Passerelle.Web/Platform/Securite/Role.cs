namespace Passerelle.Web.Platform.Securite;

/// <summary>The roles of primer §1.</summary>
public enum Role
{
    Administrateur,
    AgentDepartemental,
    Referent,
    ResponsableStructure,
    Operateur,
    PiloteProgramme,
    MembreEquipePluridisciplinaire,
    Lecteur,
    Beneficiaire,
    ChargeRelationEntreprise,
    FacilitateurClauses,
    Parrain,
}

/// <summary>What scope each role needs; written once so forms, claims and checks agree.</summary>
public enum PorteeRole
{
    /// <summary>The whole département.</summary>
    Departement,
    /// <summary>The whole département, or one territoire when given.</summary>
    DepartementOuTerritoire,
    /// <summary>One structure, required.</summary>
    Structure,
    /// <summary>The person themself.</summary>
    Personnel,
}

public static class RoleRegles
{
    public static PorteeRole Portee(this Role role) => role switch
    {
        Role.AgentDepartemental or Role.MembreEquipePluridisciplinaire or Role.ChargeRelationEntreprise or Role.FacilitateurClauses => PorteeRole.DepartementOuTerritoire,
        Role.Referent or Role.ResponsableStructure or Role.Operateur => PorteeRole.Structure,
        Role.Beneficiaire => PorteeRole.Personnel,
        _ => PorteeRole.Departement,
    };

    public static string Libelle(this Role role) => role switch
    {
        Role.Administrateur => "Administrateur",
        Role.AgentDepartemental => "Agent départemental",
        Role.Referent => "Référent",
        Role.ResponsableStructure => "Responsable de structure",
        Role.Operateur => "Opérateur d'action",
        Role.PiloteProgramme => "Pilote de programme",
        Role.MembreEquipePluridisciplinaire => "Membre d'équipe pluridisciplinaire",
        Role.Lecteur => "Lecteur (statistiques)",
        Role.ChargeRelationEntreprise => "Chargé(e) de relation entreprise",
        Role.FacilitateurClauses => "Facilitateur(rice) des clauses sociales",
        Role.Parrain => "Parrain ou marraine bénévole",
        _ => "Bénéficiaire",
    };

    /// <returns>null when the scope fits the role, else the French reason.</returns>
    public static string? VerifierPortee(this Role role, int? structureId, int? territoireId) => role.Portee() switch
    {
        PorteeRole.Structure when structureId is null => $"Le rôle « {role.Libelle()} » exige une structure.",
        PorteeRole.Structure when territoireId is not null => $"Le rôle « {role.Libelle()} » s'exerce sur une structure, pas sur un territoire.",
        PorteeRole.DepartementOuTerritoire when structureId is not null => $"Le rôle « {role.Libelle()} » s'exerce sur le département ou un territoire, pas sur une structure.",
        PorteeRole.Departement or PorteeRole.Personnel when structureId is not null || territoireId is not null => $"Le rôle « {role.Libelle()} » s'exerce sur tout le département : ni structure ni territoire.",
        _ => null,
    };
}
