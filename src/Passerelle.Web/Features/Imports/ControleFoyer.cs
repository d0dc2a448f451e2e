using System.Globalization;
using Passerelle.Web.Features.Dossiers;
using Passerelle.Web.Features.Dossiers.Avertissements;
using Passerelle.Web.Features.Dossiers.Cnaf;
using static Passerelle.Web.Features.Dossiers.Cnaf.ConversionCnaf;

namespace Passerelle.Web.Features.Imports;

/// <summary>
/// Business checks of a foyer before it touches the database, whatever file it came from (the readers
/// have turned unreadable values into warnings already). Each anomaly becomes a warning and its value
/// the fallback of docs/imports-cnaf.md; only a foyer that cannot be identified is rejected, because a
/// rejected dossier never reaches orientation.
/// </summary>
public sealed class ControleFoyer
{
    private readonly FoyerLu lu;
    private readonly DateOnly dateFlux;
    private readonly List<AvertissementLu> avertissements = [];

    private ControleFoyer(FoyerLu lu, DateOnly dateFlux) => (this.lu, this.dateFlux) = (lu, dateFlux);

    /// <returns>The foyer as it will be applied, with its warnings, or the reject when it has no usable NUMDEMRSA.</returns>
    public static ElementFluxCnaf Verifier(FoyerLu lu, DateOnly dateFlux)
    {
        var numero = lu.Foyer.NumDemRsa;
        if (numero.Length == 0)
            return new RejetFoyerCnaf(null, lu.Ligne, "NUMDEMRSA", null, "Dossier sans NUMDEMRSA : il ne peut être rattaché à aucun dossier ; rejeté.");
        if (numero.Length > 11)
            return new RejetFoyerCnaf(numero, lu.Ligne, "NUMDEMRSA", numero, $"NUMDEMRSA de {numero.Length} caractères (11 au plus) : le dossier ne peut pas être identifié ; rejeté.");
        return new ControleFoyer(lu, dateFlux).Corriger();
    }

    private FoyerLu Corriger()
    {
        var f = lu.Foyer;
        if (CodesCnaf.Verifier("FONORG", f.Organisme.Fonction) is { } organisme)
            Avertir(NatureAvertissement.CodeInconnu, "FONORG", f.Organisme.Fonction, organisme + " Il est gardé tel que reçu.");
        var demande = f.DateDemande;
        if (demande > dateFlux)
        {
            Avertir(NatureAvertissement.DateFuture, "DTDEMRSA", DateFr(demande),
                $"Date de demande postérieure à la date de référence du fichier ({DateFr(dateFlux)}) : la date de référence est retenue.");
            demande = dateFlux;
        }
        if (f.Adresse is null)
            Avertir(NatureAvertissement.InformationAbsente, "Adresse", null,
                "Pas d'adresse en France dans le flux : le dossier n'a ni commune ni territoire, seuls les agents de tout le département le voient.");
        var (personnes, rangs) = Personnes(f);
        var demandeurs = personnes.Count(p => p.Role == "DEM");
        if (demandeurs == 0)
            Avertir(NatureAvertissement.SansDemandeur, "ROLEPERS", null,
                "Aucune personne de rôle DEM (demandeur) : le dossier est appliqué avec ses personnes et leurs rôles (un conjoint seul, par exemple).");
        else if (demandeurs > 1)
            Avertir(NatureAvertissement.PlusieursDemandeurs, "ROLEPERS", demandeurs.ToString(CultureInfo.InvariantCulture),
                $"{demandeurs} personnes ont le rôle DEM (demandeur) : toutes sont gardées avec ce rôle.");
        var corrige = f with
        {
            Organisme = new OrganismeCnaf(T("FONORG", f.Organisme.Fonction, 3), T("NUMORG", f.Organisme.Numero, 3), T("MATRICULE", f.Organisme.Matricule, 15)),
            DateDemande = demande,
            SituationFamille = T("SITFAM", f.SituationFamille, 3),
            Adresse = f.Adresse is { } a ? new AdresseCnaf(T("NUMVOIE", a.NumeroVoie, 6), T("LIBTYPEVOIE", a.TypeVoie, 30), T("NOMVOIE", a.NomVoie, 60),
                T("NUMCOM", a.CodeInsee, 5), T("CODEPOS", a.CodePostal, 5), T("NOMCOM", a.Commune, 60)) : null,
            Personnes = personnes,
            Droit = Droit(f.Droit),
        };
        var lus = lu.Avertissements.Select(a => a.Personne is { } p ? a with { Personne = rangs[p] } : a);
        return lu with { Foyer = corrige, Avertissements = [.. lus, .. avertissements] };
    }

    private DroitCnaf Droit(DroitCnaf d)
    {
        var etat = d.Etat;
        if (etat.Length == 0 || CodesCnaf.Verifier("ETATDOSRSA", etat) is not null)
        {
            Avertir(etat.Length == 0 ? NatureAvertissement.InformationAbsente : NatureAvertissement.CodeInconnu, "ETATDOSRSA", etat.Length == 0 ? null : etat,
                (etat.Length == 0 ? "État du dossier RSA absent" : CodesCnaf.Verifier("ETATDOSRSA", etat)!.TrimEnd('.'))
                + " : l'état déjà connu du dossier est gardé (Z, « non défini », pour un nouveau dossier), pour qu'un code illisible ne fasse ni entrée ni sortie.");
            etat = "";
        }
        return d with
        {
            Etat = etat,
            MotifCloture = d.MotifCloture is null ? null : T("MOTICLORSA", d.MotifCloture, 3),
            MotifsSuspension = Liste("MOTISUSDRORSA", d.MotifsSuspension, 60),
            NaturesPrestation = Liste("NATPF", d.NaturesPrestation, 40),
        };
    }

    /// <summary>The persons to apply, and where each person read ends up in that list (null: left out as a duplicate).</summary>
    private (List<PersonneCnaf>, int?[]) Personnes(FoyerCnaf f)
    {
        var gardees = new List<PersonneCnaf>(f.Personnes.Count);
        var rangs = new int?[f.Personnes.Count];
        var vues = new HashSet<string>(StringComparer.Ordinal);
        // An unknown état keeps the known one, which may be open: the flag then matters as much.
        var ouvert = EtatsDroit.EstOuvert(f.Droit.Etat) || !CodesCnaf.EtatsDossier.Contains(f.Droit.Etat);
        for (var i = 0; i < f.Personnes.Count; i++)
        {
            var p = f.Personnes[i];
            if (!vues.Add(CleFichier.De(p)))
            {
                Avertir(NatureAvertissement.PersonneEnDouble, "Personne", $"{p.Nom} {p.Prenom}",
                    $"{p.Prenom} {p.Nom} ({DateFr(p.DateNaissance)}) figure deux fois dans ce foyer : seule la première occurrence est gardée.");
                continue;
            }
            rangs[i] = gardees.Count;
            if (p.DateNaissance > dateFlux)
                Avertir(NatureAvertissement.DateFuture, "DTNAI", DateFr(p.DateNaissance),
                    $"Date de naissance de {p.Prenom} {p.Nom} postérieure à la date de référence du fichier ({DateFr(dateFlux)}) : elle est gardée telle que reçue, car elle sert à reconnaître la personne.", gardees.Count);
            gardees.Add(p with
            {
                Role = Role(p, gardees.Count),
                Sexe = Sexe(p, gardees.Count),
                Civilite = p.Civilite is null ? null : T("QUAL", p.Civilite, 3, gardees.Count),
                Nom = T("NOM", p.Nom, 32, gardees.Count),
                NomNaissance = T("NOMNAI", p.NomNaissance, 32, gardees.Count),
                Prenom = T("PRENOM", p.Prenom, 64, gardees.Count),
                CommuneNaissance = T("NOMCOMNAI", p.CommuneNaissance, 32, gardees.Count),
                Nationalite = p.Nationalite is null ? null : T("NATIONALITE", p.Nationalite, 40, gardees.Count),
                Telephone = p.Telephone is null ? null : T("TELEPHONE", p.Telephone, 20, gardees.Count),
                Email = p.Email is null ? null : T("EMAIL", p.Email, 254, gardees.Count),
            });
            if (!p.SddTransmis && p.Role is "DEM" or "CJT" && ouvert)
                Avertir(NatureAvertissement.SddNonTransmis, "TOPPERSDRODEVORSA", null,
                    $"Le flux ne dit pas si {p.Prenom} {p.Nom} est soumis(e) aux droits et devoirs : l'indicateur déjà connu dans ce dossier est gardé (non soumis à la première apparition). Vérifiez auprès de la CAF.", rangs[i]);
        }
        return (gardees, rangs);
    }

    private string Role(PersonneCnaf p, int rang)
    {
        if (CodesCnaf.Verifier("ROLEPERS", p.Role) is not { } motif) return p.Role;
        Avertir(p.Role.Length == 0 ? NatureAvertissement.InformationAbsente : NatureAvertissement.CodeInconnu, "ROLEPERS", p.Role.Length == 0 ? null : p.Role,
            (p.Role.Length == 0 ? $"Aucun rôle pour {p.Prenom} {p.Nom}" : motif.TrimEnd('.')) + " : la personne est rattachée au dossier avec un « rôle inconnu ».", rang);
        return p.Role.Length <= 3 ? p.Role : "";
    }

    /// <summary>An unknown sex is read from the NIR (1, 3, 7 men; 2, 4, 8 women), else from the civilité.</summary>
    private string Sexe(PersonneCnaf p, int rang)
    {
        if (CodesCnaf.Sexes.Contains(p.Sexe)) return p.Sexe;
        var deduit = Nir.Sexe(p.Nir) ?? p.Civilite switch { "MR" or "M" => "1", "MME" or "MLE" or "MLLE" => "2", _ => "" };
        var source = deduit.Length == 0 ? "il est laissé non renseigné" : Nir.Sexe(p.Nir) is not null ? "il est déduit du NIR" : "il est déduit de la civilité";
        Avertir(p.Sexe.Length == 0 ? NatureAvertissement.InformationAbsente : NatureAvertissement.CodeInconnu, "SEXE", p.Sexe.Length == 0 ? null : p.Sexe,
            $"Sexe {(p.Sexe.Length == 0 ? "absent" : $"« {p.Sexe} » inconnu")} pour {p.Prenom} {p.Nom} : {source}.", rang);
        return deduit;
    }

    /// <summary>The column sizes of the dossier and person tables: the XSD bounds the CNAF flux, spreadsheets are free text.</summary>
    private string T(string champ, string valeur, int maximum, int? personne = null)
    {
        if (valeur.Length <= maximum) return valeur;
        Avertir(NatureAvertissement.ValeurTronquee, champ, valeur, $"Valeur de {valeur.Length} caractères pour {champ}, {maximum} au plus : elle est tronquée.", personne);
        return valeur[..maximum];
    }

    private List<string> Liste(string champ, IReadOnlyList<string> codes, int maximum)
    {
        var total = string.Join(' ', codes);
        if (total.Length <= maximum) return [.. codes];
        Avertir(NatureAvertissement.ValeurTronquee, champ, total, $"Liste {champ} de {total.Length} caractères, {maximum} au plus : les derniers codes ne sont pas gardés.");
        var gardes = new List<string>();
        foreach (var code in codes.Where(c => string.Join(' ', gardes.Append(c)).Length <= maximum)) gardes.Add(code);
        return gardes;
    }

    private void Avertir(NatureAvertissement nature, string champ, string? valeur, string message, int? personne = null) =>
        avertissements.Add(new AvertissementLu(nature, lu.Ligne, champ, valeur, message, personne));
}

/// <summary>The identity key of primer §2 as text: NIR prefix + birth date, else upper-cased names + birth date.</summary>
internal static class CleFichier
{
    public static string De(PersonneCnaf p)
    {
        var date = p.DateNaissance.DayNumber.ToString(CultureInfo.InvariantCulture);
        return Nir.PrefixeRapprochement(p.Nir) is { } prefixe
            ? "N" + prefixe + date
            : "I" + NormalisationNom.CleIdentite(p.Nom, p.Prenom) + "|" + date;
    }
}
