namespace Mirage.Domain.Passwords;

/// <summary>
/// The most common passwords of public breach corpora (top of the usual "most common passwords"
/// lists), refused at registration and password change. Compared ignoring case.
/// </summary>
public static class CommonPasswords
{
    private static readonly HashSet<string> List = new(StringComparer.OrdinalIgnoreCase)
    {
        "123456", "password", "12345678", "qwerty", "123456789", "12345", "1234", "111111", "1234567", "dragon",
        "123123", "baseball", "abc123", "football", "monkey", "letmein", "696969", "shadow", "master", "666666",
        "qwertyuiop", "123321", "mustang", "1234567890", "michael", "654321", "superman", "1qaz2wsx", "7777777", "121212",
        "000000", "qazwsx", "123qwe", "killer", "trustno1", "jordan", "jennifer", "zxcvbnm", "asdfgh", "hunter",
        "buster", "soccer", "harley", "batman", "andrew", "tigger", "sunshine", "iloveyou", "2000", "charlie",
        "robert", "thomas", "hockey", "ranger", "daniel", "starwars", "klaster", "112233", "george", "computer",
        "michelle", "jessica", "pepper", "1111", "zxcvbn", "555555", "11111111", "131313", "freedom", "777777",
        "pass", "maggie", "159753", "aaaaaa", "ginger", "princess", "joshua", "cheese", "amanda", "summer",
        "love", "ashley", "nicole", "chelsea", "biteme", "matthew", "access", "yankees", "987654321", "dallas",
        "austin", "thunder", "taylor", "matrix", "mobilemail",
        "password1", "password12", "password123", "passw0rd", "p@ssw0rd", "p@ssword", "welcome", "welcome1", "welcome123",
        "admin", "admin123", "administrator", "root", "toor", "qwerty123", "qwerty12", "1q2w3e4r", "1q2w3e4r5t", "1q2w3e",
        "zaq12wsx", "q1w2e3r4", "q1w2e3r4t5", "asdfghjkl", "asdf1234", "iloveyou1", "princess1", "football1", "baseball1", "sunshine1",
        "superman1", "letmein1", "trustno11", "22222222", "88888888", "99999999", "00000000", "12341234", "123456789a",
        "abcd1234", "abcdefg", "abcdefgh", "changeme", "secret", "default", "guest", "login", "loveme", "whatever",
        "qwertyui", "1qazxsw2", "123654789", "147258369", "987654", "87654321", "11223344", "123abc", "aa123456",
        "myspace1", "charlie1", "michael1", "jordan23", "liverpool", "arsenal", "chocolate", "butterfly", "samsung", "internet",
        "google", "starwars1", "pokemon", "naruto", "minecraft", "fuckyou", "fuckyou1", "babygirl", "lovely", "jesus",
        "mirage", "mirage123", "password!", "qwerty1", "iloveu", "hello123", "hello", "test", "test123", "testing",

        // Common ones of 8 or more characters, the only ones the length rule lets through to this check.
        "password1!", "password2", "password01", "passw0rd1", "p@ssw0rd1", "p@55w0rd", "qwerty123!", "qwertyuiop1",
        "1q2w3e4r5t6y", "q1w2e3r4t5y6", "1qaz2wsx3edc", "zaq1zaq1", "zaq1xsw2", "qazwsxedc", "qweasdzxc", "asdfasdf",
        "qwertyqwerty", "passpass", "letmein123", "letmeinnow", "welcome12", "welcome2", "sunshine123", "iloveyou2",
        "iloveyou12", "iloveyou123", "princess12", "football12", "baseball12", "superman12", "batman123", "monkey123",
        "dragon123", "shadow123", "master123", "michael12", "jennifer1", "jessica1", "ashley12", "nicole12",
        "computer1", "internet1", "whatever1", "trustno1!", "freedom1", "mustang1", "harley123", "starwars12",
        "pokemon123", "minecraft1", "liverpool1", "chelsea123", "arsenal123", "1234abcd", "abcd12345", "abc12345",
        "a1b2c3d4", "1a2b3c4d", "12345678a", "12345qwert", "123qweasd", "123qweasdzxc", "qwer1234", "asdf12345",
        "zxcvbnm1", "1234567a", "11112222", "12121212", "12344321", "98765432", "00001111", "123123123",
        "1234512345", "147852369", "741852963", "789456123", "159357456", "0987654321", "administrator1",
    };

    public static int Count => List.Count;

    public static bool Contains(string password) => List.Contains(password);
}
