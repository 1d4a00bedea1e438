"""What the user reads about keys, keyrings and recovery, in one place so every dialog and the
Settings page say the same thing in the same words (and translators see each sentence once)."""

from __future__ import annotations

from PySide6.QtCore import QObject

from app.domain.security import KeyringProblem, RecoveryError, RecoveryReason


class KeyTexts(QObject):
    def problem(self, problem: KeyringProblem) -> str:
        texts = {
            KeyringProblem.REFUSED_BACKEND: self.tr(
                "The keyring that is set up stores secrets unsafely (in a plain file or behind "
                "a prompt you cannot see), so Steward will not use it."),
            KeyringProblem.NO_BACKEND: self.tr(
                "No system keyring is available on this computer. Install or start one (for "
                "example GNOME Keyring or KWallet) to use it."),
            KeyringProblem.EMPTY_CHAINER: self.tr(
                "No system keyring is available: the keyring library found nothing to store "
                "secrets in, and would silently drop the key."),
            KeyringProblem.NULL_BACKEND: self.tr(
                "The keyring is configured to throw away everything stored in it."),
            KeyringProblem.DROPS_VALUES: self.tr(
                "The system keyring accepted a test value and then lost it."),
            KeyringProblem.LOCKED: self.tr(
                "The system keyring is locked. Unlock it (for example by logging in to your "
                "desktop's keyring), then try again."),
            KeyringProblem.CANCELLED: self.tr(
                "The system keyring asked for permission and the request was cancelled, or "
                "its prompt could not be shown."),
            KeyringProblem.UNAVAILABLE: self.tr(
                "The system keyring is not reachable. Is its service running?"),
            KeyringProblem.WRITE_FAILED: self.tr("The system keyring refused to store a value."),
            KeyringProblem.READ_FAILED: self.tr("The system keyring failed to read a value."),
            KeyringProblem.DELETE_FAILED: self.tr(
                "The system keyring failed to delete a test value."),
            KeyringProblem.DIFFERENT_VALUE: self.tr(
                "The system keyring returned a different value from the one it was given."),
        }
        return texts[problem]

    def reason(self, reason: RecoveryReason) -> str:
        texts = {
            RecoveryReason.KEY_MISSING: self.tr(
                "The key that opens your data is not in this computer's keyring (a new "
                "computer, or a keychain that was reset). Enter your recovery key to open it."),
            RecoveryReason.KEY_DIFFERENT: self.tr(
                "The key store returned a key that does not open this data folder. Enter your "
                "recovery key to open it."),
            RecoveryReason.NO_KEY_SETTINGS: self.tr(
                "This data folder's database is encrypted, but the file that says where its key "
                "is kept (encryption.json) is missing. Enter the recovery key to open it."),
            RecoveryReason.KEYRING_UNUSABLE: self.tr(
                "The key is kept in the keyring, which cannot be used now. Enter your recovery "
                "key; you will then choose a passphrase to protect it."),
            RecoveryReason.PASSPHRASE_FORGOTTEN: self.tr(
                "Enter your recovery key; you will then choose a new passphrase."),
        }
        return texts[reason]

    def recovery_error(self, error: RecoveryError) -> str:
        texts = {
            RecoveryError.FORMAT: self.tr(
                "A recovery key has 14 groups of 4 letters and digits."),
            RecoveryError.CHECKSUM: self.tr(
                "There is a typo in the recovery key: compare each group with your saved copy."),
            RecoveryError.WRONG_KEY: self.tr(
                "This is a valid recovery key, but not the one for this data folder."),
        }
        return texts[error]
