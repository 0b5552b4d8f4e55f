#pragma once

// The error and result types every service returns: a value, or a translated message for people
// plus a machine-readable code for code and tests. Nothing is thrown across Qt code.

#include <QList>
#include <QString>

#include <optional>
#include <utility>

enum class ErrorCode {
    None,
    InvalidInput,
    NotFound,
    Conflict,
    PermissionDenied,
    UnknownUser,
    WrongPassword,
    Locked,
    Disabled,
    InvalidState,
    SchemaTooNew,
    Storage,
    // The password was right; sign-in waits for a code from the user's authenticator app.
    SecondFactorRequired,
    // The password was right; the user's partner requires two-step verification and the user has
    // none yet, so they set it up before they get a session.
    SecondFactorEnrollmentRequired,
    WrongSecondFactor,
    // The workspace file is damaged (S9): the message names the newest backup.
    Damaged,
    // A shared workspace's server asks for the database password (or refused the one given):
    // the desk asks the person for it and tries again.
    DatabasePasswordRequired,
    // A change lost a race with another desk's change to the same rows and was not kept; the
    // message says what to look at before trying again.
    ConcurrentChange,
    // The shared workspace's server went away; nothing of the change was kept.
    ConnectionLost,
};

class Error
{
public:
    Error() = default;
    Error(ErrorCode code, QString message, QString field = {})
        : m_code(code)
        , m_message(std::move(message))
        , m_field(std::move(field))
    {
    }

    ErrorCode code() const { return m_code; }
    // Already translated into the language in force when the error was made.
    const QString& message() const { return m_message; }
    // The input the message is about (a field name such as "legalName"), or empty.
    const QString& field() const { return m_field; }

private:
    ErrorCode m_code = ErrorCode::None;
    QString m_message;
    QString m_field;
};

template <typename T>
class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_value(std::move(value))
    {
    }
    Result(Error error)
        : m_error(std::move(error))
    {
    }

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }

    const T& value() const& { return *m_value; }
    T& value() & { return *m_value; }
    T&& value() && { return std::move(*m_value); }
    const T* operator->() const { return &*m_value; }
    const T& operator*() const { return *m_value; }

    const Error& error() const { return m_error; }
    ErrorCode code() const { return ok() ? ErrorCode::None : m_error.code(); }
    QString errorString() const { return m_error.message(); }

private:
    std::optional<T> m_value;
    Error m_error;
};

// A result that carries no value: success, or an Error.
class [[nodiscard]] Status
{
public:
    Status() = default;
    Status(Error error)
        : m_error(std::move(error))
    {
    }
    template <typename T>
    Status(const Result<T>& result)
        : m_error(result.ok() ? Error() : result.error())
    {
    }

    bool ok() const { return m_error.code() == ErrorCode::None; }
    explicit operator bool() const { return ok(); }
    const Error& error() const { return m_error; }
    ErrorCode code() const { return m_error.code(); }
    QString errorString() const { return m_error.message(); }
    // The same error, about the input named field.
    Error about(const QString& field) const { return Error(m_error.code(), m_error.message(), field); }

private:
    Error m_error;
};

// Adds status's error, if any, to errors as one about field: how validate() functions list the
// problems of a form field by field.
inline void collectError(QList<Error>& errors, const Status& status, const QString& field)
{
    if (!status) {
        errors << status.about(field);
    }
}
