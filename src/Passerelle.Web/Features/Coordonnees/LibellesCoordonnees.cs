namespace Passerelle.Web.Features.Coordonnees;

public static class LibellesCoordonnees
{
    public static string Libelle(this RecueilConsentement recueil) => recueil switch
    {
        RecueilConsentement.Entretien => "en entretien",
        RecueilConsentement.Telephone => "par téléphone",
        RecueilConsentement.Ecrit => "par écrit",
        _ => "en ligne, lors d'une prise de rendez-vous",
    };
}
