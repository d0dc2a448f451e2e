using Passerelle.Web.Features.Diagnostic;

namespace Passerelle.Web.Features.Pilotage.Drees;

/// <summary>One breakdown of the DREES tables: its rows, the last one « inconnu »; each block has its own total.</summary>
public sealed record BlocProfil(string Titre, IReadOnlyList<string> Lignes);

/// <summary>
/// A person's row in each breakdown block, in <see cref="Blocs"/> order: age at 31/12, sex, family, seniority in RSA,
/// education level. An unknown value goes to the block's last row (« inconnu »), never dropped.
/// </summary>
public readonly record struct ProfilDrees(int Age, int Sexe, int Famille, int Anciennete, int Niveau)
{
    public static readonly IReadOnlyList<BlocProfil> Blocs =
    [
        new("Âge au 31 décembre", ["Moins de 25 ans", "25 à 29 ans", "30 à 39 ans", "40 à 49 ans", "50 à 59 ans", "60 ans ou plus", "Âge inconnu"]),
        new("Sexe", ["Femmes", "Hommes", "Sexe inconnu"]),
        new("Situation familiale", ["Seul sans enfant", "Seul avec enfant(s)", "En couple sans enfant", "En couple avec enfant(s)", "Situation inconnue"]),
        new("Ancienneté dans le RSA", ["Moins de 6 mois", "6 mois à moins d'un an", "1 an à moins de 2 ans", "2 ans à moins de 5 ans", "5 ans ou plus", "Ancienneté inconnue"]),
        new("Niveau de formation", ["Niveaux Vbis et VI (infra 3)", "Niveau V (3)", "Niveau IV (4)", "Niveaux III, II, I (5 et plus)", "Niveau inconnu"]),
    ];

    public int Ligne(int bloc) => bloc switch { 0 => Age, 1 => Sexe, 2 => Famille, 3 => Anciennete, _ => Niveau };

    /// <summary>Age in whole years at 31/12; a birth date before 1900 or after the date (flux placeholders) is unknown.</summary>
    public static int TrancheAge(DateOnly naissance, DateOnly au)
    {
        if (naissance.Year < 1900 || naissance > au) return 6;
        var age = au.Year - naissance.Year - (au < naissance.AddYears(au.Year - naissance.Year) ? 1 : 0);
        return age switch { < 25 => 0, < 30 => 1, < 40 => 2, < 50 => 3, < 60 => 4, _ => 5 };
    }

    /// <summary>NIR convention: 2 a woman, 1 a man.</summary>
    public static int TrancheSexe(string? sexe) => sexe switch { "2" => 0, "1" => 1, _ => 2 };

    public static int TrancheFamille(bool? couple, bool enfants) => couple switch
    {
        false => enfants ? 1 : 0,
        true => enfants ? 3 : 2,
        null => 4,
    };

    /// <summary>
    /// The allocataire's seniority (the person's own when the foyer has no applicant; the foyer's RSA application date when no
    /// entry was recorded, as after a stock load) from the latest entry before 31/12, in calendar months and days (an entry on 1 July is 6 months on 31/12 + 1 day).
    /// </summary>
    public static int TrancheAnciennete(DateOnly? entree, DateOnly au)
    {
        if (entree is not { } e || e > au) return 5;
        var lendemain = au.AddDays(1);
        if (lendemain < e.AddMonths(6)) return 0;
        if (lendemain < e.AddYears(1)) return 1;
        if (lendemain < e.AddYears(2)) return 2;
        return lendemain < e.AddYears(5) ? 3 : 4;
    }

    /// <summary>The old French levels the survey asks for, from the national framework's levels (décret 2019-14).</summary>
    public static int TrancheNiveau(NiveauFormation? niveau) => niveau switch
    {
        NiveauFormation.Infra3 => 0,
        NiveauFormation.Niveau3 => 1,
        NiveauFormation.Niveau4 => 2,
        null => 4,
        _ => 3,
    };
}
