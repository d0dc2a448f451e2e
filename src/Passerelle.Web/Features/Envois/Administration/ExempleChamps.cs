namespace Passerelle.Web.Features.Envois.Administration;

/// <summary>Invented data that fills every merge field, for previewing a template before saving it.</summary>
internal static class ExempleChamps
{
    public static Dictionary<string, string> Pour(string departement, DateOnly aujourdhui) => new(StringComparer.Ordinal)
    {
        [ChampsFusion.Civilite] = "Madame",
        [ChampsFusion.Nom] = "EXEMPLE",
        [ChampsFusion.Prenom] = "Camille",
        [ChampsFusion.Adresse] = "12 rue des Lilas",
        [ChampsFusion.CodePostalVille] = "49000 Angers",
        [ChampsFusion.DateRdv] = ChampsPersonne.FormaterDate(aujourdhui.AddDays(14)),
        [ChampsFusion.HeureRdv] = "9 h 30",
        [ChampsFusion.LieuRdv] = "Maison départementale des solidarités, 3 place de la Mairie",
        [ChampsFusion.TypeRdv] = "entretien d'orientation",
        [ChampsFusion.Structure] = "la Maison départementale des solidarités",
        [ChampsFusion.Referent] = "Dominique Martin",
        [ChampsFusion.TypeOrientation] = "accompagnement socio-professionnel",
        [ChampsFusion.DateLimite] = ChampsPersonne.FormaterDate(aujourdhui.AddDays(10)),
        [ChampsFusion.Departement] = departement,
        [ChampsFusion.DateDuJour] = ChampsPersonne.FormaterDate(aujourdhui),
        [ChampsFusion.Thematique] = "Non-respect : pas de contrat signé",
        [ChampsFusion.NombreDossiers] = "8",
        [ChampsFusion.LienSeance] = "https://passerelle.exemple.fr/ep/seances/12",
        [ChampsFusion.SeanceEp] = ChampsPersonne.FormaterDate(aujourdhui.AddDays(-20)),
        [ChampsFusion.AvisEp] = "réduction du RSA",
        [ChampsFusion.DecisionEp] = "Réduction du RSA de 100,00 € par mois pendant 1 mois, à compter du " + ChampsPersonne.FormaterDate(new DateOnly(aujourdhui.Year, aujourdhui.Month, 1).AddMonths(1)) + ".",
        [ChampsFusion.MotivationDecision] = "Aucun contrat signé malgré trois relances.",
        [ChampsFusion.ObservationsEp] = "Aucune observation reçue.",
        [ChampsFusion.Decideur] = "Dominique Martin\nDirectrice de l'insertion",
    };
}
