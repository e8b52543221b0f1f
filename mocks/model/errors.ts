/** HTTP status of each modelled SDM error (service-2.json). */
export const ERROR_STATUS: Record<string, number> = {
  ValidationException: 400,
  ServiceQuotaExceededException: 402,
  AccessDeniedException: 403,
  ResourceNotFoundException: 404,
  ThrottlingException: 429,
  InternalServerException: 500,
};

const COMMON = ['ThrottlingException', 'InternalServerException', 'ResourceNotFoundException', 'ValidationException', 'AccessDeniedException'];

/** The errors each operation may return, exactly as the model lists them. */
export const OPERATION_ERRORS: Record<string, readonly string[]> = {
  CancelTask: COMMON,
  CreateTask: ['ServiceQuotaExceededException', ...COMMON],
  DescribeDevice: COMMON,
  DescribeDeviceEc2Instances: COMMON,
  DescribeExecution: COMMON,
  DescribeTask: COMMON,
  ListDeviceResources: COMMON,
  ListDevices: ['ThrottlingException', 'InternalServerException', 'ValidationException', 'AccessDeniedException'],
  ListExecutions: COMMON,
  ListTagsForResource: ['InternalServerException', 'ResourceNotFoundException', 'ValidationException'],
  ListTasks: ['ThrottlingException', 'InternalServerException', 'ValidationException', 'AccessDeniedException'],
  TagResource: ['InternalServerException', 'ResourceNotFoundException', 'ValidationException'],
  UntagResource: ['InternalServerException', 'ResourceNotFoundException', 'ValidationException'],
};

/** An error the simulated service answers with. */
export class SimError extends Error {
  constructor(
    readonly type: string,
    message: string,
  ) {
    super(message);
  }

  get status(): number {
    return ERROR_STATUS[this.type] ?? 500;
  }
}

export const validation = (message: string) => new SimError('ValidationException', message);
export const notFound = (message: string) => new SimError('ResourceNotFoundException', message);

/** Whether the model lets this operation return this error. */
export function canReturn(operation: string, error: string): boolean {
  return OPERATION_ERRORS[operation]?.includes(error) ?? false;
}
