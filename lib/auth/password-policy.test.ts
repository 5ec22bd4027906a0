import { describe, expect, it } from 'vitest';
import { Password } from './schemas';
import { isCommonPassword } from './password-policy';

describe('new passwords (issue 18, point 4)', () => {
  it('are at least 12 characters', () => {
    expect(Password.safeParse('elevenchars').success).toBe(false);
    expect(Password.safeParse('twelve-chars').success).toBe(true);
  });

  it('are not among the most common passwords, nor one of them wrapped in digits and symbols', () => {
    for (const common of ['qwerty123456', '1q2w3e4r5t6y', 'Motdepasse', 'PASSWORD', 'dragon123456', '!!soleil2024!!', 'iloveyou1234']) {
      expect(isCommonPassword(common), common).toBe(true);
    }
    for (const fine of ['filrouge-demo', 'un-mot-de-passe-solide', 'correct-horse-battery', 'Val-d-Argence 2026 !']) {
      expect(isCommonPassword(fine), fine).toBe(false);
    }
  });
});
