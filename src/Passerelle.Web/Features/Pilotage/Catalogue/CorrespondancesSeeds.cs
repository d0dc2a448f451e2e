using Passerelle.Web.Features.Programmes;
using C = Passerelle.Web.Features.Programmes.CorrespondanceIndicateur;

namespace Passerelle.Web.Features.Pilotage.Catalogue;

/// <summary>
/// The written correspondence table of the five seed programmes (docs/indicators.md, « Catalogue »), keyed on programme
/// code, fiche code and label as written: every indicator the documents mark computed, and those marked entered that
/// Passerelle's data now computes. An indicator not listed is entered by the pilot (or imported) as its document says.
/// </summary>
public static class CorrespondancesSeeds
{
    private const string Drome = "PDIE-26-2019-2022", Indre = "PTI-37-2015-2017", Sarthe = "PTI-72-2017-2021", Pauvrete = "SP-49-2019-2021";

    private static Correspondance Code(string code, string? motif = null) => new(C.Calcule, code, motif);

    private static Correspondance Manque(string motif) => new(C.Manquant, null, motif);

    public static readonly IReadOnlyDictionary<(string Programme, string Fiche, string Libelle), Correspondance> Table = new Dictionary<(string, string, string), Correspondance>
    {
        [(Drome, "5", "Nombre de réorientations vers un nouveau référent")] = Code("ORI-REORIENTATIONS"),
        [(Drome, "6", "Taux de non recours")] = Manque("Passerelle ne connaît que les personnes qui ont ouvert un droit : le non-recours se mesure hors de ses données (enquête, données CAF)."),
        [(Drome, "7", "Nombre de bénéficiaires du RSA qui ont été reçus dans le délai prévu")] =
            Code("ORI-RECUS-DELAI", "La date de notification n'est pas enregistrée : le délai de 2 mois court de la décision d'orientation."),
        [(Drome, "10", "Nombre de parrains volontaires")] = Code("PAR-PARRAINS-ACTIFS"),
        [(Drome, "10", "nombre de bénéficiaires dans la démarche")] = Code("PAR-FILLEULS"),
        [(Drome, "10", "taux de retour dans le dispositif après une sortie positive")] = Code("SOR-RETOUR-APRES-SORTIE-POSITIVE"),
        [(Drome, "11", "Nombre de marchés clausés, de marchés d’insertion ou réservés")] =
            Code("CLA-MARCHES", "Seuls les marchés à clause sociale sont enregistrés ; les marchés réservés ou d'insertion sans clause ne le sont pas."),
        [(Drome, "11", "nombre d’heures")] = Code("CLA-HEURES-REALISEES"),

        [(Indre, "FA2", "Nombre de réunions annuelles du CDIAE et des CTA.")] = Code("COM-REUNIONS-TENUES", "Réunions des instances qui suivent la fiche FA2."),
        [(Indre, "FA2", "Nombre de périodes d'immersion en entreprise")] = Code("IMM-IMMERSIONS"),
        [(Indre, "FA6", "Suivi mensuel du nombre de personnes orientées automatiquement.")] = Code("ORI-ORIENTATIONS-AUTOMATIQUES"),
        [(Indre, "FA6", "Nombre de réorientations suite à des orientations automatiques inadaptées.")] =
            Code("ORI-REORIENTATIONS", "Toutes les réorientations acceptées : le lien avec une orientation automatique antérieure n'est pas compté."),
        [(Indre, "FA6", "Nombre de personnes présentes en BDO.")] = Manque("Le document ne définit pas « BDO » : à préciser avec le pilote avant de le calculer."),
        [(Indre, "FA6", "Délai moyen d'orientation.")] = Code("ORI-DELAI-ORIENTATION"),
        [(Indre, "FA7", "Nombre de personnes bénéficiaires de chaque dominante d'accompagnement.")] = Code("ORI-ACCOMPAGNES", "Ventiler par type d'orientation."),
        [(Indre, "FA7", "Nombre de personnes évoluant d'un accompagnement à un autre.")] = Code("ORI-REORIENTATIONS"),
        [(Indre, "FA7", "Nombre de personnes accédant à des actions collectives de type « lien social », de type « préparation à l'emploi ».")] =
            Code("PRE-PERSONNES-ENTREES", "Actions rattachées à la fiche FA7 ; ventiler par action."),
        [(Indre, "FA8", "Nombre de réunions du comité de pilotage et du comité technique.")] = Code("COM-REUNIONS-TENUES", "Réunions des instances qui suivent la fiche FA8."),
        [(Indre, "FA8", "Nombre de personnes bénéficiaires de la plate-forme.")] = Code("PRE-PERSONNES-ENTREES", "Actions de la plate-forme rattachées à la fiche FA8."),
        [(Indre, "FA8", "Origine des prescriptions (dimension territoriale).")] = Code("PRE-PRESCRIPTIONS", "Ventiler par territoire."),
        [(Indre, "FA8", "Sorties positives et durables par rapport à l'emploi.")] = Code("PRE-SORTIES-EMPLOI-DURABLE"),
        [(Indre, "FA10", "Nombre d'orientations vers des dispositifs de droit commun par les référents")] =
            Manque("Les orientations vers le droit commun (santé, CMU-C…) ne sont pas enregistrées : seules les prescriptions vers l'offre d'insertion le sont."),
        [(Indre, "FA10", "Nombre de bénéficiaires du RSA en appui santé.")] = Code("PRE-PERSONNES-ENTREES-RSA", "Actions d'appui santé rattachées à la fiche FA10."),
        [(Indre, "FA14", "Nombre de réunions des différentes instances.")] = Code("COM-REUNIONS-TENUES"),
        [(Indre, "FA14", "Taux de participation de chaque institution.")] = Code("COM-TAUX-PARTICIPATION", "Ventiler par institution."),
        [(Indre, "FA15", "Nombre de réunions des différentes instances.")] = Code("COM-REUNIONS-TENUES"),
        [(Indre, "FA15", "Taux de participation de chaque institution.")] = Code("COM-TAUX-PARTICIPATION", "Ventiler par institution."),

        [(Sarthe, "I2a2", "Nombre de personnes accueillies")] = Code("PRE-PERSONNES-ENTREES"),
        [(Sarthe, "I3a1", "Nombre de personnes ayant bénéficié d'une prestation offerte par la plateforme, par type de prestation mobilisable, en différenciant public RSA et hors RSA")] =
            Code("PRE-PERSONNES-ENTREES", "Ventiler par action (type de prestation) et par RSA / hors RSA."),
        [(Sarthe, "I3b1", "Nombre de personnes accueillies dans les actions")] = Code("PRE-PERSONNES-ENTREES"),
        [(Sarthe, "I5a2", "Nombre d'offres d'emploi captées")] = Code("OFF-OFFRES-CAPTEES"),
        [(Sarthe, "I5a2", "Nombre des mises en relation")] = Code("OFF-MISES-EN-RELATION"),
        [(Sarthe, "I5b1", "Nombre de marchés accompagnés / clausés")] = Code("CLA-MARCHES"),
        [(Sarthe, "I5b1", "Nombre d'heures d'insertion envisagées et réalisées")] =
            Code("CLA-HEURES-REALISEES", "Heures réalisées ; les heures envisagées sont les heures exigées de chaque marché."),
        [(Sarthe, "I5b2", "Nombre d'heures d'insertion réalisées")] = Code("CLA-HEURES-REALISEES"),
        [(Sarthe, "II6a", "Taux de contractualisation des bénéficiaires du RSA orientés « social » avec Contrats d'Engagements Réciproques validés")] =
            Code("ORI-CONTRACTUALISATION-SOCIAL"),
        [(Sarthe, "II6a", "Nombre de passages en Equipe Pluridisciplinaire pour non inscription à Pôle Emploi, pour les bénéficiaires du RSA orientés « emploi »")] =
            Code("EP-PASSAGES-NON-INSCRIPTION", "Tous les passages de cette thématique ; l'orientation « emploi » n'en est pas un filtre distinct."),
        [(Sarthe, "II6a", "Nombre de passage en EP pour non respect des droits et devoirs")] = Code("EP-PASSAGES-DROITS-DEVOIRS"),
        [(Sarthe, "II6b", "Nombre de bénéficiaires du RSA sans référent")] = Code("ORI-SANS-REFERENT"),
        [(Sarthe, "III8b", "Nombre de réunions des comités")] = Code("COM-REUNIONS-TENUES"),
        [(Sarthe, "III8b", "Taux de participation aux comités")] = Code("COM-TAUX-PARTICIPATION"),

        [(Pauvrete, "6", "Nombre de suivis en accompagnement global")] =
            Code("PRE-PERSONNES-ENTREES", "Personnes entrées dans les actions d'accompagnement global rattachées à la fiche 6 ; un accompagnement suivi hors de l'offre n'est pas enregistré."),
        [(Pauvrete, "6", "Nombre de suivis de bénéficiaires du RSA en accompagnement global")] = Code("PRE-PERSONNES-ENTREES-RSA", "Même réserve que pour tous les suivis."),
    };

    /// <summary>The table's proposal; an indicator not listed follows its document: entered, imported, or missing when marked computed.</summary>
    public static Correspondance Proposer(string programme, string fiche, string libelle, SourceIndicateur source) =>
        Table.TryGetValue((programme, fiche, libelle), out var c) ? c : source switch
        {
            SourceIndicateur.Importe => new(C.Importe, null, "Valeurs fournies par le fichier d'un partenaire."),
            SourceIndicateur.Calcule => Manque("Aucun indicateur du catalogue ne le calcule encore : choisissez-en un ou une saisie manuelle."),
            _ => new(C.Saisi, null, null),
        };
}
