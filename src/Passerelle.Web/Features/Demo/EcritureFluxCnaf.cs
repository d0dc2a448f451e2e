using System.Globalization;
using System.Text;
using System.Xml;
using Passerelle.Web.Features.Dossiers.Cnaf;
using Passerelle.Web.Platform.Securite;

namespace Passerelle.Web.Features.Demo;

/// <summary>
/// Writes foyers as a Bénéficiaire flux valid against cnaf-vrsb0801.xsd, one element per line, as the CAF
/// writes it: NIR on 13 characters (no key), codes padded with spaces where the schema leaves room
/// (QUAL "MR ", TYPEPARTE "CG "), no MontantCalculDroitRSAPersonne block when the SDD flag is not transmitted.
/// </summary>
internal static class EcritureFluxCnaf
{
    public static void Ecrire(Stream flux, IdentificationFluxCnaf identification, IEnumerable<FoyerCnaf> foyers, Encoding encodage, string racine = "Racine")
    {
        using var x = XmlWriter.Create(flux, new XmlWriterSettings { Encoding = encodage, Indent = true, CloseOutput = false });
        x.WriteStartDocument();
        x.WriteStartElement(racine);
        x.WriteStartElement("IdentificationFlux");
        Champs(x, ("APPLIEME", identification.Application), ("NUMVERSIONAPPLIEME", identification.Version), ("TYPEFLUX", identification.TypeFlux),
            ("NATFLUX", identification.NatureFlux), ("DTCREAFLUX", Date(identification.DateCreation)),
            ("HEUCREAFLUX", identification.HeureCreation.ToString("HH:mm:ss", CultureInfo.InvariantCulture)), ("DTREF", Date(identification.DateReference)));
        x.WriteEndElement();
        var nombre = 0;
        foreach (var foyer in foyers)
        {
            Foyer(x, foyer);
            nombre++;
        }
        x.WriteStartElement("TransmissionFlux");
        Champs(x, ("NBTOTDOSRSATRANSM", nombre.ToString(CultureInfo.InvariantCulture)), ("NBTOTDOSRSATRANSMANO", "0"));
        x.WriteEndElement();
        x.WriteEndElement();
    }

    private static void Foyer(XmlWriter x, FoyerCnaf f)
    {
        x.WriteStartElement("InfosFoyerRSA");
        x.WriteStartElement("IdentificationRSA");
        Bloc(x, "Organisme", ("FONORG", f.Organisme.Fonction), ("NUMORG", f.Organisme.Numero), ("MATRICULE", f.Organisme.Matricule));
        Bloc(x, "Partenaire", ("TYPEPARTE", "CG "), ("IDEPARTE", f.Departement ?? ""));
        Bloc(x, "DemandeRSA", ("DTDEMRSA", Date(f.DateDemande)), ("NUMDEMRSA", f.NumDemRsa));
        x.WriteEndElement();
        foreach (var p in f.Personnes) Personne(x, p, f.DateDemande);
        x.WriteStartElement("DonneesAdministratives");
        Bloc(x, "SituationFamille", ("SITFAM", f.SituationFamille), ("DDSITFAM", Date(f.DateDemande)));
        if (f.Adresse is { } a)
        {
            x.WriteStartElement("Adresse");
            Bloc(x, "TroncCommunAdresse", ("RGADR", "01"), ("PAYS", "FRA"), ("TYPEADR", "D"), ("ETATADR", "CO"));
            Bloc(x, "AdresseDetailleeFrance", ("COMPLIDEADR", ""), ("COMPLADR", ""), ("NUMVOIE", a.NumeroVoie), ("LIBTYPEVOIE", a.TypeVoie),
                ("NOMVOIE", a.NomVoie), ("LIEUDIST", ""), ("NUMCOM", a.CodeInsee), ("CODEPOS", a.CodePostal), ("NOMCOM", a.Commune));
            x.WriteEndElement();
        }
        x.WriteEndElement();
        Droit(x, f.Droit, f.DateDemande);
        x.WriteEndElement();
    }

    private static void Personne(XmlWriter x, PersonneCnaf p, DateOnly depuis)
    {
        x.WriteStartElement("Personne");
        x.WriteStartElement("Identification");
        if (p.Civilite is not null) Champs(x, ("QUAL", p.Civilite.PadRight(3)));
        Champs(x, ("NOM", p.Nom), ("NOMNAI", p.NomNaissance), ("PRENOM", p.Prenom), ("NOMCOMNAI", p.CommuneNaissance), ("DTNAI", Date(p.DateNaissance)));
        if (p.Nir is not null) Champs(x, ("NIR", NirEcrit(p.Nir)));
        Champs(x, ("SEXE", p.Sexe));
        x.WriteEndElement();
        Bloc(x, "DossierCAF", ("TOPRESPDOS", p.Role == "DEM" ? "true" : "false"), ("DDRATDOS", Date(depuis)));
        Bloc(x, "Prestations", ("NATPREST", "RSA"), ("ROLEPERS", p.Role), ("TOPCHAPERS", "false"));
        Bloc(x, "Prestations", ("NATPREST", "PFA"), ("ROLEPERS", p.Role), ("TOPCHAPERS", "false"));
        if (p.SddTransmis) Bloc(x, "MontantCalculDroitRSAPersonne", ("TOPPERSDRODEVORSA", p.SoumisDroitsDevoirs ? "1" : "0"));
        x.WriteEndElement();
    }

    /// <summary>The 13 characters the Bénéficiaire flux carries; a NIR given with a wrong key (broken files) is written whole, key included.</summary>
    private static string NirEcrit(string nir) => Dossiers.Nir.Lire(nir).CleFausse ? nir : nir[..Math.Min(nir.Length, Dossiers.Nir.LongueurPrefixe)];

    private static void Droit(XmlWriter x, DroitCnaf d, DateOnly depuis)
    {
        x.WriteStartElement("PrestationRSA");
        x.WriteStartElement("SituationDossierRSA");
        Bloc(x, "EtatDossierRSA", ("ETATDOSRSA", d.Etat));
        foreach (var motif in d.MotifsSuspension) Bloc(x, "SuspensionDroit", ("MOTISUSDRORSA", motif), ("DDSUSDRORSA", Date(depuis)));
        if (d.MotifCloture is not null) Bloc(x, "FinDroit", ("MOTICLORSA", d.MotifCloture), ("DTCLORSA", Date(d.DateCloture ?? depuis)));
        x.WriteEndElement();
        x.WriteStartElement("DetailDroitRSA");
        Bloc(x, "TroncCommunDroitRSA", ("TOPSANSDOMFIXE", "false"), ("ORIDEMRSA", "DEM"));
        if (d.MontantTotal is { } total)
        {
            var montant = total.ToString(CultureInfo.InvariantCulture);
            Bloc(x, "MontantsCalculDroitRSA", ("DDELECAL", Date(depuis)), ("MTREVMINIGARARSA", montant), ("MTREVGARARSA", montant),
                ("MTRESSMENRSA", "0"), ("MTTOTDRORSA", montant));
        }
        foreach (var nature in d.NaturesPrestation) Bloc(x, "DetailCalculDroitRSA", ("NATPF", nature), ("SOUSNATPF", nature + "N1"), ("DDNATDRO", Date(depuis)));
        x.WriteEndElement();
        x.WriteEndElement();
    }

    private static void Bloc(XmlWriter x, string nom, params (string Nom, string Valeur)[] champs)
    {
        x.WriteStartElement(nom);
        Champs(x, champs);
        x.WriteEndElement();
    }

    private static void Champs(XmlWriter x, params (string Nom, string Valeur)[] champs)
    {
        foreach (var (nom, valeur) in champs) x.WriteElementString(nom, valeur);
    }

    private static string Date(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
