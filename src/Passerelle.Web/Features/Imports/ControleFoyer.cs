using System.Globalization;
using Passerelle.Web.Features.Dossiers;
using Passerelle.Web.Features.Dossiers.Avertissements;
using Passerelle.Web.Features.Dossiers.Cnaf;
using Passerelle.Web.Platform.Securite;
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
        var avant = avertissements.Count;
        var o = f.Organisme;
        var (fonction, numero, matricule) = (T("FONORG", o.Fonction, 3), T("NUMORG", o.Numero, 3), T("MATRICULE", o.Matricule, 15));
        var emetteur = avertissements.Count == avant ? o : new OrganismeCnaf(fonction, numero, matricule);
        var adresse = f.Adresse;
        if (adresse is { } a)
        {
            avant = avertissements.Count;
            var (voie, type, nom, insee, postal, commune) = (T("NUMVOIE", a.NumeroVoie, 6), T("LIBTYPEVOIE", a.TypeVoie, 30), T("NOMVOIE", a.NomVoie, 60),
                T("NUMCOM", a.CodeInsee, 5), T("CODEPOS", a.CodePostal, 5), T("NOMCOM", a.Commune, 60));
            if (avertissements.Count > avant) adresse = new AdresseCnaf(voie, type, nom, insee, postal, commune);
        }
        var situation = T("SITFAM", f.SituationFamille, 3);
        var droit = Droit(f.Droit);
        // Every correction comes with its warning: none means the foyer is applied as read, without copying it.
        if (avertissements.Count == 0) return lu;
        var corrige = f with
        {
            Organisme = emetteur,
            DateDemande = demande,
            SituationFamille = situation,
            Adresse = adresse,
            Personnes = personnes,
            Droit = droit,
        };
        var lus = lu.Avertissements.Select(x => x.Personne is { } p ? x with { Personne = rangs[p] } : x);
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
        var (motif, suspensions, natures) = (d.MotifCloture is null ? null : T("MOTICLORSA", d.MotifCloture, 3),
            Liste("MOTISUSDRORSA", d.MotifsSuspension, 60), Liste("NATPF", d.NaturesPrestation, 40));
        return ReferenceEquals(etat, d.Etat) && ReferenceEquals(motif, d.MotifCloture) && ReferenceEquals(suspensions, d.MotifsSuspension) && ReferenceEquals(natures, d.NaturesPrestation)
            ? d : d with { Etat = etat, MotifCloture = motif, MotifsSuspension = suspensions, NaturesPrestation = natures };
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
            gardees.Add(Corriger(p, gardees.Count));
            if (!p.SddTransmis && p.Role is "DEM" or "CJT" && ouvert)
                Avertir(NatureAvertissement.SddNonTransmis, "TOPPERSDRODEVORSA", null,
                    $"Le flux ne dit pas si {p.Prenom} {p.Nom} est soumis(e) aux droits et devoirs : l'indicateur déjà connu dans ce dossier est gardé (non soumis à la première apparition). Vérifiez auprès de la CAF.", rangs[i]);
        }
        return (gardees, rangs);
    }

    /// <summary>The person with its fallbacks; the same instance when nothing needed one.</summary>
    private PersonneCnaf Corriger(PersonneCnaf p, int rang)
    {
        var avant = avertissements.Count;
        var (role, sexe, civilite) = (Role(p, rang), Sexe(p, rang), p.Civilite is null ? null : T("QUAL", p.Civilite, 3, rang));
        var (nom, nomNaissance, prenom, commune) = (T("NOM", p.Nom, 32, rang), T("NOMNAI", p.NomNaissance, 32, rang), T("PRENOM", p.Prenom, 64, rang),
            T("NOMCOMNAI", p.CommuneNaissance, 32, rang));
        var (nationalite, telephone, email) = (p.Nationalite is null ? null : T("NATIONALITE", p.Nationalite, 40, rang),
            p.Telephone is null ? null : T("TELEPHONE", p.Telephone, 20, rang), p.Email is null ? null : T("EMAIL", p.Email, 254, rang));
        return avertissements.Count == avant ? p : p with
        {
            Role = role,
            Sexe = sexe,
            Civilite = civilite,
            Nom = nom,
            NomNaissance = nomNaissance,
            Prenom = prenom,
            CommuneNaissance = commune,
            Nationalite = nationalite,
            Telephone = telephone,
            Email = email,
        };
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

    private IReadOnlyList<string> Liste(string champ, IReadOnlyList<string> codes, int maximum)
    {
        if (codes.Count == 0) return codes;
        var total = string.Join(' ', codes);
        if (total.Length <= maximum) return codes;
        Avertir(NatureAvertissement.ValeurTronquee, champ, total, $"Liste {champ} de {total.Length} caractères, {maximum} au plus : les derniers codes ne sont pas gardés.");
        var gardes = new List<string>();
        foreach (var code in codes.Where(c => string.Join(' ', gardes.Append(c)).Length <= maximum)) gardes.Add(code);
        return gardes;
    }

    private void Avertir(NatureAvertissement nature, string champ, string? valeur, string message, int? personne = null) =>
        avertissements.Add(new AvertissementLu(nature, lu.Ligne, champ, valeur, message, personne));
}
