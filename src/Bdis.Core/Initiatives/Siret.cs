namespace Bdis.Core.Initiatives;

/// <summary>SIRET: 14 digits whose Luhn key is valid (La Poste's establishments may instead have a digit sum divisible by 5).</summary>
public static class Siret
{
    private const string LaPosteSiren = "356000000";

    /// <summary>Strips the spaces, dots and dashes people type ("123 456 789 00012").</summary>
    public static string Clean(string value) =>
        new(value.Where(c => !char.IsWhiteSpace(c) && c is not '.' and not '-').ToArray());

    public static bool IsValid(string? value)
    {
        if (value is null || value.Length != 14 || !value.All(char.IsAsciiDigit))
        {
            return false;
        }

        var sum = 0;
        for (var i = 0; i < 14; i++)
        {
            var digit = value[13 - i] - '0';
            if (i % 2 == 1)
            {
                digit *= 2;
                if (digit > 9)
                {
                    digit -= 9;
                }
            }

            sum += digit;
        }

        return sum % 10 == 0
            || (value.StartsWith(LaPosteSiren, StringComparison.Ordinal) && value.Sum(c => c - '0') % 5 == 0);
    }
}
